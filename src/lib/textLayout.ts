/**
 * The app's one text measurement without a layout engine, for chart labels, map labels and exported images: they
 * are laid out from data, and the same layout must come out in jsdom tests and in any browser. Widths of DejaVu
 * Sans (the fallback sans-serif on Linux, the widest common UI font) by kind of glyph, bold about 8% wider: an
 * estimate that errs wide, so text wraps a little early rather than running off a chart or an image.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let w = 0;
  for (const ch of text)
    w += /[MWmw@]/.test(ch) ? 0.9 : /[ilj.,:;'’ |]/.test(ch) ? 0.32 : /[A-Z]/.test(ch) ? 0.72 : 0.61;
  return w * fontSize * (bold ? 1.08 : 1);
}

/**
 * Word-wraps `text` to lines no wider than `width`, breaking at plain spaces only (so no-break spaces keep a date
 * together); a word longer than a line (a URL) is cut at any character.
 */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const fits = (t: string) => textWidth(t, fontSize, bold) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    let w = word;
    const candidate = line ? `${line} ${w}` : w;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    while (!fits(w) && w.length > 1) {
      let cut = w.length - 1;
      while (cut > 1 && !fits(w.slice(0, cut))) cut--;
      lines.push(w.slice(0, cut));
      w = w.slice(cut);
    }
    line = w;
  }
  if (line) lines.push(line);
  return lines;
}
