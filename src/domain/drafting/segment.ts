import abbreviations from './resources/abbreviations.json';
import type { Span } from './draftsFile';

/**
 * Paragraphs and sentences with their offsets. Paragraphs are separated by blank lines; a text pasted without any
 * blank line (one paragraph per line) is split at line breaks instead. Which paragraphs are headline, dateline or
 * reference lines is decided later (layout.ts), once dates are known.
 */
export interface RawParagraph {
  span: Span;
  sentences: Span[];
}

const STARTERS = new Set(abbreviations.sentenceStarters);
const ABBREVIATIONS = new Set([...abbreviations.es, ...abbreviations.en]);

export function segment(text: string): RawParagraph[] {
  const separator = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  const paragraphs: RawParagraph[] = [];
  let from = 0;
  for (const m of text.matchAll(separator)) {
    pushParagraph(text, from, m.index, paragraphs);
    from = m.index + m[0].length;
  }
  pushParagraph(text, from, text.length, paragraphs);
  return paragraphs;
}

function pushParagraph(text: string, start: number, end: number, out: RawParagraph[]) {
  const span = trimSpan(text, start, end);
  if (span) out.push({ span, sentences: sentences(text, span) });
}

export function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : undefined;
}

/** A stop ends a sentence when followed by space and a capital, digit or opening quote, and it is no abbreviation. */
function sentences(text: string, p: Span): Span[] {
  const out: Span[] = [];
  let from = p.start;
  const boundary = /([.!?…]+)["'»”)]*\s+(?=[A-ZÁÉÍÓÚÑ¿¡"'«“(0-9])/g;
  boundary.lastIndex = p.start;
  const body = text.slice(0, p.end);
  for (let m = boundary.exec(body); m; m = boundary.exec(body)) {
    const next = /^\p{L}+/u.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    if (m[1] === '.' && isAbbreviation(text, m.index) && !STARTERS.has(next)) continue;
    const s = trimSpan(text, from, m.index + m[0].length);
    if (s) out.push(s);
    from = m.index + m[0].length;
  }
  const last = trimSpan(text, from, p.end);
  if (last) out.push(last);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--;
  const word = text.slice(i, dot);
  // A single capital ("D. C.", "EE. UU." parts, an initial such as "John F. Kennedy").
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(\p{Lu}\.)+\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
