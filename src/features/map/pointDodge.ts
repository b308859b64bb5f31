/**
 * Markers that would sit on top of one another (the markers of small neighbouring countries, the Benelux on a
 * phone) are spread on a small ring around their common centre. Every marker stays its own target, and none hides
 * another. (Places are grouped into clusters instead, see placeClusters; international bodies are listed under
 * the map, see bodyList.)
 */
export interface DodgeInput {
  key: string;
  x: number;
  y: number;
}

export interface Dodged {
  x: number;
  y: number;
  /** The true position when the marker was moved away from it. */
  from: [number, number] | null;
}

/** Groups points closer than `gap` to any member of the group (single linkage), in input order. */
function groups(points: readonly DodgeInput[], gap: number): number[][] {
  const parent = points.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i];
      const b = points[j];
      if (a && b && Math.hypot(a.x - b.x, a.y - b.y) < gap) parent[find(j)] = find(i);
    }
  const byRoot = new Map<number, number[]>();
  points.forEach((_, i) => {
    const r = find(i);
    byRoot.set(r, [...(byRoot.get(r) ?? []), i]);
  });
  return [...byRoot.values()];
}

/**
 * New positions for markers of radius `r`: groups of two or more go on a ring whose circumference leaves `gap`
 * between neighbours, starting at the top and going clockwise in input order (so the layout is stable).
 */
export function dodge(points: readonly DodgeInput[], r: number, gap = r * 3): Map<string, Dodged> {
  const out = new Map<string, Dodged>();
  for (const g of groups(points, gap)) {
    const members = g.map((i) => points[i]).filter((p): p is DodgeInput => p !== undefined);
    if (members.length === 1) {
      const [p] = members;
      if (p) out.set(p.key, { x: p.x, y: p.y, from: null });
      continue;
    }
    const cx = members.reduce((s, p) => s + p.x, 0) / members.length;
    const cy = members.reduce((s, p) => s + p.y, 0) / members.length;
    const ring = Math.max(gap, (members.length * gap) / (2 * Math.PI));
    members.forEach((p, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / members.length;
      out.set(p.key, { x: cx + ring * Math.cos(angle), y: cy + ring * Math.sin(angle), from: [p.x, p.y] });
    });
  }
  return out;
}
