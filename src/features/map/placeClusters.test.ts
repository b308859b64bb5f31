import { describe, expect, it } from 'vitest';
import { clusterPlaces, type ClusterInput, type ClusterMarker } from './placeClusters';

/** A small seeded generator, so a failing case can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function scatter(seed: number, n: number, size: number): ClusterInput[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => ({
    key: `p${i}`,
    x: next() * size,
    y: next() * size,
    r: 3 + 4 * next(),
    count: 1 + Math.floor(next() * 20),
  }));
}

const opts = { clusterRadius: (m: readonly ClusterInput[]) => 8 + m.length / 2, gap: 1 };

/** The rule, checked pair by pair without the code's own loop: every place in one marker, no two markers overlap. */
function checkDrawn(input: readonly ClusterInput[], markers: ClusterMarker<ClusterInput>[]) {
  const seen = markers.flatMap((m) => m.members.map((p) => p.key)).sort();
  expect(seen).toEqual(input.map((p) => p.key).sort());
  const overlapping: string[] = [];
  for (let i = 0; i < markers.length; i++)
    for (let j = i + 1; j < markers.length; j++) {
      const a = markers[i]!;
      const b = markers[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) overlapping.push(`${a.key} × ${b.key}`);
    }
  expect(overlapping).toEqual([]);
  for (const m of markers) {
    if (m.members.length === 1) {
      // A place drawn alone is drawn where it lies, at its own size.
      const p = input.find((q) => q.key === m.key)!;
      expect([m.x, m.y, m.r]).toEqual([p.x, p.y, p.r]);
    } else {
      expect(m.r).toBe(opts.clusterRadius(m.members));
    }
  }
}

describe('clusterPlaces', () => {
  it('merges Lima, Callao and Chancay, a few pixels apart, into one marker and leaves Tacna alone', () => {
    const peru = [
      { key: 'lima', x: 312.4, y: 268.1, r: 7, count: 37 },
      { key: 'callao', x: 312.1, y: 268.2, r: 3.3, count: 1 },
      { key: 'chancay', x: 311.6, y: 266.5, r: 3.3, count: 1 },
      { key: 'tacna', x: 327.9, y: 300.3, r: 3.9, count: 3 },
    ];
    const out = clusterPlaces(peru, opts);
    expect(out.map((m) => m.members.map((p) => p.key))).toEqual([['lima', 'callao', 'chancay'], ['tacna']]);
    checkDrawn(peru, out);
  });

  it('draws no two markers over each other and every place in exactly one, in a hundred random maps', () => {
    for (let seed = 1; seed <= 100; seed++) {
      // From sparse to crowded: up to 80 places in a square of 60 to 400 units.
      const input = scatter(seed, 1 + (seed % 80), 60 + ((seed * 37) % 340));
      checkDrawn(input, clusterPlaces(input, opts));
    }
  });

  it('gives the same markers for the same places in any order', () => {
    const input = scatter(7, 40, 120);
    const next = random(99);
    const shuffled = input
      .map((p) => ({ p, at: next() }))
      .sort((a, b) => a.at - b.at)
      .map(({ p }) => p);
    expect(shuffled.map((p) => p.key)).not.toEqual(input.map((p) => p.key));
    const strip = (ms: ClusterMarker<ClusterInput>[]) =>
      ms.map((m) => [m.key, m.x, m.y, m.r, m.members.map((p) => p.key)]);
    expect(strip(clusterPlaces(shuffled, opts))).toEqual(strip(clusterPlaces(input, opts)));
    expect(clusterPlaces(input, opts).length).toBeLessThan(input.length);
  });
});
