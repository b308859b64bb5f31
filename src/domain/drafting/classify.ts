import type { DatePrecision, Status } from '../activity';
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
export function classifyType(a: Activity, home: string, homeKnown = true): string {
  const foreign = new Set(a.countries.map((c) => c.code).filter((c) => c !== home));
  // The taxonomy tells a visit received ("Official visit to Peru") from a trip abroad, seen from the home country:
  // a visit word followed closely by a country or a city abroad ("viajará a Chile", "will travel to Mexico City")
  // is a trip abroad; to the home country, or with no destination named, a visit received. Only when the home
  // country is the issuer's: guessed from the first country named, it may well be the destination.
  if (a.trigger.type === 'official-visit' && homeKnown) {
    const to = a.countries
      .filter((c) => c.span.start >= a.trigger.span.end && c.span.start - a.trigger.span.end <= 40)
      .sort((x, y) => x.span.start - y.span.start)[0];
    if (to && to.code !== home) return 'visit-abroad';
  }
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

/**
 * Themes that an activity's type implies by the taxonomy's own definitions (data/taxonomy.json): an appointment or
 * a presentation of credentials is the diplomatic service's business, a candidacy or an election to an
 * international body is multilateral representation, and so on — whatever words the release uses for its subject.
 */
const TYPE_THEMES: Readonly<Record<string, string>> = {
  appointment: 'diplomatic-service',
  'credentials-ceremony': 'diplomatic-service',
  'election-international-body': 'multilateral-representation',
  'candidacy-backing': 'multilateral-representation',
  'proposal-multilateral': 'multilateral-representation',
  'humanitarian-aid': 'humanitarian-assistance',
  'consular-assistance': 'consular-services',
  'border-measure': 'border-management',
  'trade-negotiation': 'trade-investment',
  'government-transition': 'democracy-governance',
  'diplomatic-rupture': 'bilateral-relations',
  'diplomatic-relations': 'bilateral-relations',
};

/** Types whose subject, when the release names none, is the relationship with the counterpart itself. */
const BILATERAL_TYPES = new Set(['bilateral-meeting', 'phone-call', 'official-visit', 'bilateral-coordination']);

/**
 * The themes an activity's type implies (see TYPE_THEMES); and for a bilateral meeting, call or visit with a foreign
 * counterpart whose sentences name no theme, the bilateral relationship ("the overall political agenda of the
 * relationship with another country"). Only ids the vocabulary has.
 */
export function impliedThemes(
  type: string,
  foundThemes: readonly string[],
  foreignCountries: number,
  vocabularyThemes: readonly VocabularyEntry[],
): string[] {
  const known = (id: string) => vocabularyThemes.length === 0 || vocabularyThemes.some((t) => t.id === id);
  const out: string[] = [];
  const byType = TYPE_THEMES[type];
  if (byType && known(byType)) out.push(byType);
  if (foundThemes.length === 0 && out.length === 0 && BILATERAL_TYPES.has(type) && foreignCountries > 0)
    if (known('bilateral-relations')) out.push('bilateral-relations');
  return out.filter((id) => !foundThemes.includes(id));
}

const RANK: Record<DatePrecision, number> = { day: 0, range: 1, month: 2, quarter: 3 };

export function chooseDate(a: Activity): DateMention | undefined {
  const dist = (d: DateMention) => Math.abs(d.span.start - a.trigger.span.start);
  const inClause = (d: DateMention) => d.span.start >= a.clause.start && d.span.end <= a.clause.end;
  // Of two ranges, one inside the other, the inner says more: "this week, from 18 to 21 June".
  const within = (x: DateMention, y: DateMention) =>
    x.precision === 'range' && y.precision === 'range' && y.date <= x.date && (x.endDate ?? '') <= (y.endDate ?? '');
  const inner = (x: DateMention, y: DateMention) => (within(x, y) ? -1 : 0) - (within(y, x) ? -1 : 0);
  return [...a.dates].sort(
    (x, y) =>
      Number(inClause(y)) - Number(inClause(x)) ||
      RANK[x.precision] - RANK[y.precision] ||
      inner(x, y) ||
      dist(x) - dist(y),
  )[0];
}

/**
 * "para viajar a Washington entre el 2 y el 6 de diciembre" in a release of 30 November: still to come. An intention
 * with a day of its own ("La agenda para hoy sábado, 14 de mayo, prevé una reunión") is on the programme: announced.
 */
export function statusOf(
  status: Status,
  date: { date: string; precision: string } | undefined,
  release: string | undefined,
): Status {
  // (A day to come told in the past tense is on the programme; a month or a year, only intended.)
  if (status === 'held' && date && release && date.date > release)
    return date.precision === 'day' ? 'announced' : 'planned';
  if (status === 'planned' && date?.precision === 'day' && (!release || date.date >= release)) return 'announced';
  return status;
}
