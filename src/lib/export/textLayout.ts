/**
 * Text measurement without a layout engine: exports are built from data, and the same layout must come out in
 * jsdom tests and in any browser. An average sans-serif glyph is ~0.55 em wide (bold ~0.6); we round up so text
 * wraps a little early rather than running off the image.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.62 : 0.57);
}

/**
 * Word-wraps `text` to lines no wider than `width`, breaking at plain spaces only (so no-break spaces keep a date
 * together); a word longer than a line (a URL) is cut at any character.
 */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const maxChars = Math.max(8, Math.floor(width / (fontSize * (bold ? 0.62 : 0.57))));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    let w = word;
    const candidate = line ? `${line} ${w}` : w;
    if (candidate.length <= maxChars) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    while (w.length > maxChars) {
      lines.push(w.slice(0, maxChars));
      w = w.slice(maxChars);
    }
    line = w;
  }
  if (line) lines.push(line);
  return lines;
}
