import type { DatePrecision } from '../activity';
import type { Activity } from './activities';
import type { VocabularyEntry } from './api';
import type { DateMention } from './dates';
import type { Span } from './draftsFile';
import { Gazetteer } from './gazetteer';
import resources from './resources/themes.json';

/**
 * Type, themes and date of a grouped activity. The type starts from the activity word and is refined by what
 * surrounds it; themes come from word stems (resources/themes.json) in the activity's sentences; the date is the
 * most precise one nearest the activity word.
 */
export function classifyType(a: Activity, home: string): string {
  const foreign = new Set(a.countries.map((c) => c.code).filter((c) => c !== home));
  if (a.trigger.type === 'bilateral-meeting' && foreign.size >= 3) return 'multilateral-meeting';
  if (a.trigger.type === 'bilateral-meeting' && foreign.size === 0 && a.organizations.length > 0)
    return 'institutional-meeting';
  return a.trigger.type;
}

const STEMS = Object.entries(resources.themes).flatMap(([id, stems]) => stems.map((s) => ({ id, s })));
// One-word stems match the start of a word ("migra" in "migratoria"): compiled once, not per sentence.
const WORD_STEMS = STEMS.filter(({ s }) => !s.includes(' ')).map(({ id, s }) => ({
  id,
  re: new RegExp(`(?<!\\p{L})${s}\\p{L}*`, 'gu'),
}));
const themeGaz = new Gazetteer(STEMS.map(({ id, s }) => ({ phrase: s, value: id, caseRule: 'any' as const })));

/** Stems match word starts ("migra" in "migratoria"), so each is tried against the words themselves. */
/**
 * The vocabulary's own theme labels, in both languages ("Ayuda humanitaria", "Customs cooperation"), are phrases
 * too: a theme the analyst adds is recognised by its label without a stem list. One gazetteer per vocabulary.
 */
const labelGaz = new WeakMap<readonly VocabularyEntry[], Gazetteer<string>>();
function labelGazetteer(themes: readonly VocabularyEntry[]): Gazetteer<string> {
  let g = labelGaz.get(themes);
  if (!g) {
    const entries = themes.flatMap((t) =>
      [t.label.es, t.label.en].map((phrase) => ({ phrase, value: t.id, caseRule: 'any' as const })),
    );
    labelGaz.set(themes, (g = new Gazetteer(entries)));
  }
  return g;
}

export function findThemes(
  text: string,
  spans: Span[],
  themes: readonly VocabularyEntry[] = [],
): { id: string; span: Span }[] {
  const found: { id: string; span: Span }[] = [];
  const labels = labelGazetteer(themes);
  for (const s of spans) {
    const part = text.slice(s.start, s.end);
    // A label written with every word capitalised is a proper name ("Servicio Diplomático", "Consejo de Derechos
    // Humanos"), an institution rather than the theme.
    const named = (h: { span: Span }) => /^(?:\p{Lu}\p{L}*\s+)+\p{Lu}/u.test(part.slice(h.span.start, h.span.end));
    for (const h of [...themeGaz.find(part), ...labels.find(part).filter((x) => !named(x))])
      found.push({ id: h.entry.value, span: { start: s.start + h.span.start, end: s.start + h.span.end } });
    const lower = part.toLowerCase();
    for (const { id, re } of WORD_STEMS) {
      for (const m of lower.matchAll(re))
        found.push({ id, span: { start: s.start + m.index, end: s.start + m.index + m[0].length } });
    }
  }
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.id}:${f.span.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const RANK: Record<DatePrecision, number> = { day: 0, range: 1, month: 2, quarter: 3 };

export function chooseDate(a: Activity): DateMention | undefined {
  const dist = (d: DateMention) => Math.abs(d.span.start - a.trigger.span.start);
  const inClause = (d: DateMention) => d.span.start >= a.clause.start && d.span.end <= a.clause.end;
  return [...a.dates].sort(
    (x, y) => Number(inClause(y)) - Number(inClause(x)) || RANK[x.precision] - RANK[y.precision] || dist(x) - dist(y),
  )[0];
}
