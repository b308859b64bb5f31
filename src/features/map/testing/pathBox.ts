import type { Box } from '../labelLayout';

/** The bounding box of an SVG path of straight segments, read from its coordinates, not from d3. */
export function pathBox(d: string): Box {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const m of d.matchAll(/[ML](-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g)) {
    xs.push(Number(m[1]));
    ys.push(Number(m[2]));
  }
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}
