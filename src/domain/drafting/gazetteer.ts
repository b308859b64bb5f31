import type { Span } from './draftsFile';
import { foldCaseAndAccents } from './normalize';

/**
 * A phrase list matched over the text word by word, longest phrase first ("Guinea Ecuatorial" before "Guinea",
 * ACNUR's full name before "Naciones Unidas"). A phrase's key is its words folded to lower case without accents,
 * punctuation dropped, so "EE. UU.", "EE.UU." and "EEUU"-less spacing variants meet; the case rule then checks the
 * text as written.
 */
export type CaseRule =
  /** every letter as in the phrase: acronyms ("US" is not "us") */
  | 'exact'
  /** the first letter upper case: names ("Chile", not the pepper) */
  | 'capital'
  /** any case: Spanish demonyms ("chileno") */
  | 'any';

export interface GazetteerEntry<T> {
  phrase: string;
  value: T;
  caseRule: CaseRule;
}
export interface GazetteerHit<T> {
  span: Span;
  entry: GazetteerEntry<T>;
}

interface Token {
  key: string;
  start: number;
  end: number;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push({ key: foldCaseAndAccents(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const keyOf = (phrase: string) =>
  tokenize(phrase)
    .map((t) => t.key)
    .join(' ');

export class Gazetteer<T> {
  private readonly byKey = new Map<string, GazetteerEntry<T>[]>();
  private maxWords = 1;

  constructor(entries: Iterable<GazetteerEntry<T>>) {
    for (const e of entries) {
      const key = keyOf(e.phrase);
      if (!key) continue;
      this.maxWords = Math.max(this.maxWords, key.split(' ').length);
      const list = this.byKey.get(key) ?? [];
      list.push(e);
      this.byKey.set(key, list);
    }
  }

  /** Non-overlapping hits, longest first at each position. `tokens` may be shared between gazetteers. */
  find(text: string, tokens: Token[] = tokenize(text)): GazetteerHit<T>[] {
    const hits: GazetteerHit<T>[] = [];
    for (let i = 0; i < tokens.length;) {
      const hit = this.longestAt(text, tokens, i);
      if (hit) {
        hits.push(hit.hit);
        i += hit.words;
      } else i++;
    }
    return hits;
  }

  private longestAt(text: string, tokens: Token[], i: number) {
    for (let n = Math.min(this.maxWords, tokens.length - i); n >= 1; n--) {
      const words = tokens.slice(i, i + n);
      const first = words[0];
      const last = words[n - 1];
      if (!first || !last) continue;
      // A phrase does not run across a line break or a semicolon; stops inside it are allowed ("EE. UU.").
      if (n > 1 && /[\n;]/.test(text.slice(first.end, last.start))) continue;
      const list = this.byKey.get(words.map((w) => w.key).join(' '));
      const surface = text.slice(first.start, last.end);
      const entry = list?.find((e) => caseFits(surface, e));
      if (entry) return { hit: { span: { start: first.start, end: last.end }, entry }, words: n };
    }
    return undefined;
  }
}

function caseFits(surface: string, e: GazetteerEntry<unknown>): boolean {
  if (e.caseRule === 'any') return true;
  if (e.caseRule === 'capital') return /^\p{Lu}/u.test(surface) || /^\p{N}/u.test(surface);
  const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');
  return letters(surface) === letters(e.phrase);
}
