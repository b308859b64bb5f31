import { textWidth } from '../../lib/textLayout';

/**
 * Places point labels so they neither overlap each other nor the other symbols: a greedy pass (in the order
 * given, so the caller decides who wins) over candidate positions around the point, then farther out with a leader
 * line. Text widths are estimated (no DOM measuring), which is enough for short labels at one font size.
 */
export interface LabelRequest {
  key: string;
  x: number;
  y: number;
  /** Radius of the symbol the label belongs to. */
  r: number;
  text: string;
  /** Try the left side first (e.g. Peru's label, which reads best over the Pacific). */
  preferLeft?: boolean;
}

export interface PlacedLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Set when the label sits away from its point: draw a line from the point to here. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function boxOf(x: number, baseline: number, anchor: PlacedLabel['anchor'], w: number, fs: number): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0: x0 - 1, y0: baseline - fs * 0.8, x1: x0 + w + 1, y1: baseline + fs * 0.25 };
}

interface Candidate {
  dx: number;
  dy: number;
  anchor: PlacedLabel['anchor'];
  leader: boolean;
}

function candidates(r: number, fs: number, preferLeft: boolean): Candidate[] {
  const g = r + 3;
  const right: Candidate = { dx: g, dy: fs * 0.35, anchor: 'start', leader: false };
  const left: Candidate = { dx: -g, dy: fs * 0.35, anchor: 'end', leader: false };
  const near: Candidate[] = [
    ...(preferLeft ? [left, right] : [right, left]),
    { dx: 0, dy: -g, anchor: 'middle', leader: false },
    { dx: 0, dy: g + fs * 0.8, anchor: 'middle', leader: false },
  ];
  const far: Candidate[] = [];
  for (const step of [1, 2, 3, 4]) {
    const d = step * (fs + 4);
    far.push(
      { dx: g + 10, dy: -d, anchor: 'start', leader: true },
      { dx: g + 10, dy: d, anchor: 'start', leader: true },
      { dx: -g - 10, dy: -d, anchor: 'end', leader: true },
      { dx: -g - 10, dy: d, anchor: 'end', leader: true },
    );
  }
  return [...near, ...far];
}

export function layoutLabels(
  requests: readonly LabelRequest[],
  { width, height, fontSize, obstacles = [] }: { width: number; height: number; fontSize: number; obstacles?: Box[] },
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const req of requests) {
    const w = textWidth(req.text, fontSize);
    for (const c of candidates(req.r, fontSize, req.preferLeft ?? false)) {
      const x = req.x + c.dx;
      const y = req.y + c.dy;
      const box = boxOf(x, y, c.anchor, w, fontSize);
      if (box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > height) continue;
      if (taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      const leader = c.leader
        ? { x1: req.x, y1: req.y, x2: c.anchor === 'end' ? box.x1 : box.x0, y2: y - fontSize * 0.3 }
        : null;
      placed.push({ key: req.key, text: req.text, x, y, anchor: c.anchor, leader });
      break;
    }
  }
  return placed;
}

/** The square a symbol of radius r occupies: an obstacle for labels. */
export function symbolBox(x: number, y: number, r: number): Box {
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}
