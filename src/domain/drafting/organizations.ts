import type { Localized } from '../activity';
import type { DraftVocabulary } from './api';
import type { Span } from './draftsFile';
import { Gazetteer, tokenize, type GazetteerEntry } from './gazetteer';
import { findCountries } from './countries';
import resources from './resources/organizations.json';

/**
 * Intergovernmental bodies: the vocabulary's (taxonomy + analyst's own), then the engine's list of bodies
 * (resources/organizations.json), then bodies read from a pattern "Organización X (OX)". Longest match wins, so
 * "Naciones Unidas" inside ACNUR's full name is ACNUR alone.
 */
export type OrgSource = 'vocabulary' | 'reference' | 'pattern';
export interface OrgMention {
  span: Span;
  id: string;
  source: OrgSource;
  confidence: number;
  reference?: { acronym: Localized; name: Localized };
}

type Value = { id: string; source: OrgSource; acronym: boolean; reference?: { acronym: Localized; name: Localized } };
const WEAK = new Set(resources.weakAcronyms);
const CONFIDENCE: Record<OrgSource, number> = { vocabulary: 0.95, reference: 0.9, pattern: 0.6 };

const titleCase = (a: string) => a.charAt(0) + a.slice(1).toLowerCase();
const cache = new WeakMap<DraftVocabulary, Gazetteer<Value>>();
function gazetteerFor(vocabulary: DraftVocabulary): Gazetteer<Value> {
  const cached = cache.get(vocabulary);
  if (cached) return cached;
  const entries: GazetteerEntry<Value>[] = [];
  const add = (o: { id: string; acronym: Localized; name: Localized; aliases?: string[] }, source: OrgSource) => {
    const reference = source === 'reference' ? { acronym: o.acronym, name: o.name } : undefined;
    const base = { id: o.id, source, ...(reference ? { reference } : {}) };
    for (const a of new Set([o.acronym.es, o.acronym.en])) {
      entries.push({ phrase: a, value: { ...base, acronym: true }, caseRule: /\p{Ll}/u.test(a) ? 'capital' : 'exact' });
      // Spanish writes a long acronym read as a word with one capital: "Celac", "Unasur", "Unesco", "Focalae".
      if (/^\p{Lu}{5,}$/u.test(a) && !WEAK.has(a))
        entries.push({ phrase: titleCase(a), value: { ...base, acronym: true }, caseRule: 'exact' });
    }
    for (const n of new Set([o.name.es, o.name.en, ...(o.aliases ?? [])]))
      entries.push({
        phrase: n,
        value: { ...base, acronym: false },
        caseRule: /^\p{Lu}+$/u.test(n) ? 'exact' : 'capital',
      });
  };
  const known = new Set(vocabulary.organizations.map((o) => o.id));
  vocabulary.organizations.forEach((o) => add(o, 'vocabulary'));
  // A body the vocabulary already has keeps its id, and the engine's list adds the other names it goes by
  // (e.g. the full Spanish name of UNHCR that the taxonomy words differently).
  resources.bodies.forEach((b) => add(b, known.has(b.id) ? 'vocabulary' : 'reference'));
  // "Foreign and Commonwealth Office": longest match, then dropped (an empty id).
  for (const n of resources.notBodies)
    entries.push({ phrase: n, value: { id: '', source: 'reference', acronym: false }, caseRule: 'capital' });
  const g = new Gazetteer(entries);
  cache.set(vocabulary, g);
  return g;
}

export function findOrganizations(text: string, vocabulary: DraftVocabulary, tokens = tokenize(text)): OrgMention[] {
  const all = gazetteerFor(vocabulary).find(text, tokens);
  const hits = all.filter((h) => h.entry.value.id !== '');
  const named = new Set(hits.filter((h) => !h.entry.value.acronym).map((h) => h.entry.value.id));
  const mentions: OrgMention[] = hits
    .filter((h) => !(h.entry.value.acronym && WEAK.has(h.entry.phrase) && !named.has(h.entry.value.id)))
    .map((h) => {
      const { id, source, reference } = h.entry.value;
      return { span: h.span, id, source, confidence: CONFIDENCE[source], ...(reference ? { reference } : {}) };
    });
  const blocked = all.filter((h) => h.entry.value.id === '').map((h) => ({ span: h.span }));
  const nested = mentions.map((m) => longerName(text, m) ?? m);
  return [...nested, ...patternBodies(text, [...nested, ...blocked])].sort((a, b) => a.span.start - b.span.start);
}

/**
 * "the United Nations Multi-Donor Fund", "la Conferencia Iberoamericana de Ministros de Trabajo y Seguridad
 * Social": a body's name that opens a longer name is that other body's (an English name closed by a word such as
 * Fund or Programme; a Spanish one going on "de Ministros…", "de Jefes de Estado…"). The longer one is proposed.
 */
function longerName(text: string, m: OrgMention): OrgMention | undefined {
  const after = text.slice(m.span.end, m.span.end + 100);
  const run =
    /^(?:\s+(?:\p{Lu}[\p{L}-]*|of|and|the|for))*?\s+(?:Fund|Trust\s+Fund|Programme|Program|Facility)(?![\p{L}])/u.exec(
      after,
    ) ??
    /^\s+de\s+(?:Ministros|Ministras|Jefes|Jefas|Cancilleres|Presidentes|Altas\s+Autoridades|Viceministros)(?:\s+(?:\p{Lu}[\p{L}-]*|de|del|la|las|los|y|e))*/u.exec(
      after,
    );
  if (!run) return undefined;
  const span = { start: m.span.start, end: m.span.end + run[0].trimEnd().length };
  const name = text.slice(span.start, span.end);
  const id = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { span, id, source: 'pattern', confidence: CONFIDENCE.pattern };
}

const CONNECTORS = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'para',
  'y',
  'e',
  'sobre',
  'contra',
  'of',
  'the',
  'for',
  'and',
  'on',
  'in',
  'en',
]);
const CUES = new Set([...resources.cueWords.es, ...resources.cueWords.en]);
const wordsIn = (name: string, list: string[]) =>
  list.some((w) => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'u').test(name));

/** "Organización Latinoamericana de Energía (OLADE)": a capitalised name with an intergovernmental word, then its acronym. */
function patternBodies(text: string, known: readonly { span: Span }[]): OrgMention[] {
  const found: OrgMention[] = [];
  for (const m of text.matchAll(/\(([\p{Lu}][\p{L}-]{1,11})\)/gu)) {
    const acronym = m[1] ?? '';
    if ((acronym.match(/\p{Lu}/gu) ?? []).length < 2) continue;
    const span = nameBefore(text, m.index);
    if (!span) continue;
    const name = text.slice(span.start, m.index).trim();
    span.end = m.index + m[0].length;
    if (known.some((k) => k.span.start < span.end && span.start < k.span.end)) continue;
    const firstWord = name.split(/\s+/)[0] ?? '';
    if (
      !CUES.has(firstWord) ||
      !wordsIn(name, resources.intergovernmentalWords) ||
      wordsIn(name, resources.nationalWords) ||
      // "Agencia Peruana de Cooperación Internacional (APCI)": a country's own agency.
      findCountries(name.toLowerCase()).some((c) => c.via === 'demonym')
    )
      continue;
    found.push({ span, id: acronym.toUpperCase(), source: 'pattern', confidence: CONFIDENCE.pattern });
  }
  // Later bare uses of an acronym read from the pattern.
  const acronyms = new Gazetteer(found.map((f) => ({ phrase: f.id, value: f.id, caseRule: 'exact' as const })));
  const again = acronyms
    .find(text)
    .filter((h) => !found.some((f) => f.span.start <= h.span.start && h.span.end <= f.span.end))
    .map((h) => ({ span: h.span, id: h.entry.value, source: 'pattern' as const, confidence: CONFIDENCE.pattern }));
  return [...found, ...again];
}

/** The run of capitalised words and connectors that ends just before `end`, with only spaces between them. */
function nameBefore(text: string, end: number): Span | undefined {
  const from = Math.max(0, end - 160);
  const words = [...text.slice(from, end).matchAll(/[\p{L}-]+/gu)].map((w) => ({ w: w[0], start: from + w.index }));
  let k = words.length;
  let gapEnd = end;
  while (k > 0) {
    const w = words[k - 1];
    if (!w || !/^\s*$/.test(text.slice(w.start + w.w.length, gapEnd))) break;
    if (!/^\p{Lu}/u.test(w.w) && !CONNECTORS.has(w.w)) break;
    k--;
    gapEnd = w.start;
  }
  while (k < words.length && CONNECTORS.has(words[k]?.w ?? '')) k++;
  const first = words[k];
  return first ? { start: first.start, end } : undefined;
}
