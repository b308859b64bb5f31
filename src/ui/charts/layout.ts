import { tickIncrement } from 'd3-array';
import { textWidth } from '../../lib/textLayout';

/**
 * Sizing for the charts, pure so it is tested without a DOM. Recharts draws the bars, axes and labels; what it
 * cannot know in advance is how much room our labels need (it would measure the DOM after a first render, and
 * jsdom measures nothing), so the label column, the room for the values and the chart height are worked out here.
 */

/** The widest of some texts (by textWidth), or "" for none. */
export function widestText(texts: readonly string[], fontSize: number): string {
  return texts.reduce((w, t) => (textWidth(t, fontSize) > textWidth(w, fontSize) ? t : w), '');
}

/** Cuts a label to fit `width`, ending with "…"; the full text stays in the element's <title>. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let out = text;
  while (out.length > 1 && textWidth(`${out}…`, fontSize) > width) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

/**
 * Splits a label into lines no wider than `width`, at spaces; never cuts a word (a single word wider than `width`
 * keeps a line of its own). Two lines are balanced rather than filled greedily, which reads better.
 */
export function wrapLabel(text: string, width: number, fontSize: number): string[] {
  if (textWidth(text, fontSize) <= width) return [text];
  const words = text.split(' ');
  const greedy: string[] = [];
  for (const word of words) {
    const last = greedy[greedy.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= width)
      greedy[greedy.length - 1] = `${last} ${word}`;
    else greedy.push(word);
  }
  if (greedy.length !== 2) return greedy;
  // The break that keeps the longer of the two lines shortest.
  let best = greedy;
  let bestW = Math.max(...greedy.map((l) => textWidth(l, fontSize)));
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const w = Math.max(...lines.map((l) => textWidth(l, fontSize)));
    if (w < bestW) [best, bestW] = [lines, w];
  }
  return best;
}

export interface BarLayout {
  /** Width of the category axis (the labels), in px. */
  labelWidth: number;
  /** Labels longer than this are wrapped (see wrapLabel). */
  labelMax: number;
  /** Room to the right of the longest bar for its value. */
  valueRoom: number;
  rowHeight: number;
  height: number;
}

/**
 * Horizontal bars: the label column is as wide as the longest label, so no label is cut; only when that would
 * leave the bars less than about half the width are long labels wrapped onto more lines (and rows made taller).
 */
export function barLayout(
  labels: readonly string[],
  values: readonly string[],
  width: number,
  fontSize: number,
  rowHeight: number,
): BarLayout {
  const pad = 12;
  const labelMax = Math.max(80, Math.round(width * 0.5)) - pad;
  const wrapped = labels.map((l) => wrapLabel(l, labelMax, fontSize));
  const widest = Math.max(0, ...wrapped.flat().map((l) => textWidth(l, fontSize)));
  const lines = Math.max(1, ...wrapped.map((w) => w.length));
  const labelWidth = Math.ceil(Math.max(60, widest + pad));
  // Values are drawn bold (about 12% wider than the estimate) 6 px after the bar: "22,209" was cut at the edge.
  const valueRoom = Math.ceil(Math.max(0, ...values.map((v) => textWidth(v, fontSize))) * 1.15 + 10);
  const row = Math.max(rowHeight, Math.round(fontSize * (1.2 * lines + 0.4)));
  return { labelWidth, labelMax, valueRoom, rowHeight: row, height: labels.length * row + 4 };
}

export interface ColumnMargins {
  /** Width of the value axis. */
  axisWidth: number;
  /** Right margin: half of the last month's label, which is centred on its column, must fit. */
  right: number;
  /** Width of one column's slot. */
  slot: number;
  /** Whether each column's value fits above it. */
  showValues: boolean;
  /**
   * Labels skipped between two shown ones (Recharts' numeric `interval`), so that labels do not overlap. Worked
   * out here from estimated text widths: with `preserveStartEnd` Recharts measures every label in the DOM, which
   * forced a layout per label on each filter change.
   */
  interval: number;
}

/** Vertical columns along a month axis: room for the value axis, the last label and the values. */
export function columnMargins(
  labels: readonly string[],
  topValue: string,
  maxValue: string,
  width: number,
  fontSize: number,
): ColumnMargins {
  const axisWidth = Math.ceil(Math.max(24, textWidth(topValue, fontSize) + 10));
  const n = Math.max(1, labels.length);
  const lastLabel = textWidth(labels[labels.length - 1] ?? '', fontSize);
  const right = Math.ceil(Math.max(8, lastLabel / 2 - (width - axisWidth) / n / 2 + 4));
  const slot = Math.max(1, width - axisWidth - right) / n;
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, fontSize)));
  const interval = Math.max(0, Math.ceil((widest + 8) / slot) - 1);
  return { axisWidth, right, slot, showValues: slot >= textWidth(maxValue, fontSize) + 4, interval };
}

/**
 * The value ticks for `max` and the margins a column chart needs to write them and its period labels.
 * `widestValue` is the longest text written above a column when that is more than the number (the stacked
 * chart writes "44 + 18"): the values are shown only if it fits a column's slot.
 */
export function columnScale(
  labels: readonly string[],
  max: number,
  format: (n: number) => string,
  width: number,
  fontSize: number,
  widestValue: string = format(max),
): { ticks: number[]; margins: ColumnMargins } {
  const ticks = valueTicks(max);
  return {
    ticks,
    margins: columnMargins(labels, format(ticks[ticks.length - 1] ?? max), widestValue, width, fontSize),
  };
}

/**
 * Value-axis ticks whose top is the smallest round number at or above `max`: of d3's round steps (1, 2, 5 × 10ⁿ)
 * for 1 to 5 intervals, the step whose last tick is lowest, and of those the one with most ticks (at most six).
 */
export function valueTicks(max: number): number[] {
  const top = Math.max(1, max);
  let best: number[] = [0, 1];
  for (let count = 1; count <= 5; count++) {
    const step = Math.max(1, tickIncrement(0, top, count));
    const t = Array.from({ length: Math.ceil(top / step) + 1 }, (_, i) => i * step);
    const last = t[t.length - 1] ?? 1;
    const bestTop = best[best.length - 1] ?? 1;
    if (t.length > 6) continue;
    if (count === 1 || last < bestTop || (last === bestTop && t.length > best.length)) best = t;
  }
  return best;
}
