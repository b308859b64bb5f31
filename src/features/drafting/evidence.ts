import type { Span } from '../../domain/drafting';

/** A piece of the release text, marked when it is evidence for the focused field. */
export interface Piece {
  text: string;
  marked: boolean;
  start: number;
}

/**
 * Cuts the text at the evidence spans (merged where they overlap), for drawing with <mark> elements around
 * plain text nodes: the release is never parsed as markup, whatever it contains.
 */
export function piecesOf(text: string, spans: readonly Span[]): Piece[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const out: Piece[] = [];
  let at = 0;
  for (const s of merged) {
    if (s.start > at) out.push({ text: text.slice(at, s.start), marked: false, start: at });
    out.push({ text: text.slice(s.start, s.end), marked: true, start: s.start });
    at = s.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false, start: at });
  return out;
}
