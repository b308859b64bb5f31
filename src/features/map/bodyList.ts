import { textWidth } from '../../lib/textLayout';
import type { Box } from './labelLayout';
import type { PointRow } from './mapModel';

/**
 * Where the international bodies go: a list under the map, inside the SVG (so an exported image carries it), each
 * body a diamond and "acronym · seat" that is its own button. Drawn at their seats they covered land: a dozen
 * bodies sit in London, Paris, Brussels, The Hague, Bonn, Geneva and Vienna, a few pixels apart on a world map,
 * and any ring or offset around them lies over the Netherlands, Belgium or Germany. Under the map they hide nothing.
 * Items flow left to right and wrap at the map's width; everything grows with the symbol scale `k`, as the legend.
 */
export const BODY_FONT = 12;
/** Tall enough that each row's hit area is 24 screen pixels (WCAG 2.5.8) when k equals the stage's scale. */
const ROW = 26;
const DIAMOND = 5;
const GAP = 16;
const LEFT = 8;

export interface BodyItem extends PointRow {
  /** "IMO · London": what the item prints. */
  label: string;
  /** The clickable area: the diamond and its text. */
  hit: Box;
  textX: number;
  textY: number;
}

export interface BodyList {
  title: { text: string; x: number; y: number };
  items: BodyItem[];
  fontSize: number;
  /** From `top` to the bottom of the last row, 0 when there is no body to list. */
  height: number;
}

export function layoutBodies(
  bodies: readonly PointRow[],
  texts: {
    title: string;
    label: (body: PointRow) => string;
    /** What an item prints when its label is wider than the map (a phone's closer view): the acronym. */
    short: (body: PointRow) => string;
  },
  { top, width, k }: { top: number; width: number; k: number },
): BodyList {
  const fontSize = BODY_FONT * k;
  const row = ROW * k;
  const r = DIAMOND * k;
  const titleWidth = textWidth(texts.title, fontSize, true);
  const mid = (line: number) => top + line * row + row / 2;
  let x = LEFT + titleWidth + GAP * k;
  let line = 0;
  const widthOf = (text: string) => 2 * r + 5 * k + textWidth(text, fontSize);
  const items = bodies.map((b) => {
    let label = texts.label(b);
    if (widthOf(label) > width - 2 * LEFT) label = texts.short(b);
    const w = widthOf(label);
    if (x + w > width - LEFT && x > LEFT) {
      line++;
      x = LEFT;
    }
    const y = mid(line);
    const item: BodyItem = {
      ...b,
      x: x + r,
      y,
      r,
      label,
      hit: { x0: x - 2 * k, y0: y - row / 2 + k, x1: x + w + 2 * k, y1: y + row / 2 - k },
      textX: x + 2 * r + 5 * k,
      textY: y + fontSize * 0.35,
    };
    x += w + GAP * k;
    return item;
  });
  return {
    title: { text: texts.title, x: LEFT, y: mid(0) + fontSize * 0.35 },
    items,
    fontSize,
    height: bodies.length === 0 ? 0 : (line + 1) * row,
  };
}
