/**
 * Small layout helpers for the hand-drawn SVG charts. Pure, so the geometry is tested without a DOM. We draw bars
 * ourselves rather than with Recharts so that each bar can be a real keyboard-operable button (a click on a bar
 * sets a filter) and so that the SVG carries plain fill attributes, which exports copy as they are.
 */

/** A round axis maximum at or above `max`: 1, 2, 5 × 10^k. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

/** Evenly spaced ticks from 0 to niceMax(max), whole numbers only (counts are whole). */
export function ticks(max: number, count = 4): number[] {
  const top = niceMax(max);
  const step = Math.max(1, top / count);
  const out: number[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) if (Number.isInteger(v)) out.push(v);
  return out;
}

/** Rough width of a label in a sans-serif font: enough to size a label column without measuring the DOM. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  // Widths of DejaVu Sans (the fallback sans-serif on Linux), the widest common UI font: an estimate that errs wide.
  for (const ch of text)
    w += /[MWmw@]/.test(ch) ? 0.9 : /[ilj.,:;'’ |]/.test(ch) ? 0.32 : /[A-Z]/.test(ch) ? 0.72 : 0.61;
  return w * fontSize;
}

/** Cuts a label to fit `width`, ending with "…"; the full text stays in the element's <title>. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let out = text;
  while (out.length > 1 && textWidth(`${out}…`, fontSize) > width) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

/** Which of `n` axis labels to print so that they do not overlap: every k-th, k ≥ 1. */
export function labelStep(n: number, slotWidth: number, labelWidth: number): number {
  if (n <= 0 || slotWidth <= 0) return 1;
  return Math.max(1, Math.ceil((labelWidth + 6) / slotWidth));
}

/** Places legend entries left to right, wrapping to a new line when `width` is used up. */
export function legendLayout(
  labels: readonly string[],
  width: number,
  fontSize: number,
  swatch = 12,
  gap = 18,
): { positions: { x: number; y: number }[]; height: number } {
  const lineHeight = fontSize + 10;
  let x = 0;
  let y = 0;
  const positions = labels.map((l) => {
    const w = swatch + 6 + textWidth(l, fontSize);
    if (x > 0 && x + w > width) {
      x = 0;
      y += lineHeight;
    }
    const p = { x, y };
    x += w + gap;
    return p;
  });
  return { positions, height: labels.length ? y + lineHeight : 0 };
}
