import { describe, expect, it } from 'vitest';
import { dodge } from './pointDodge';

// Where Equal Earth at 960 px puts London, Brussels, Paris, The Hague and Vienna, roughly.
const EUROPE = [
  { key: 'IMO', x: 480, y: 120 },
  { key: 'WCO', x: 486, y: 122 },
  { key: 'UNESCO', x: 482, y: 127 },
  { key: 'ICC', x: 485, y: 118 },
  { key: 'UNODC', x: 521, y: 131 },
];

describe('dodge', () => {
  it('spreads markers that overlap so that no two are closer than the gap', () => {
    const r = 4;
    const out = dodge(EUROPE, r);
    const placed = [...out.values()];
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const b = placed[j]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * r);
      }
  });

  it('keeps a leader to the true position of each moved marker and leaves a lone one in place', () => {
    const out = dodge(EUROPE, 4);
    expect(out.get('IMO')?.from).toEqual([480, 120]);
    expect(out.get('UNODC')).toEqual({ x: 521, y: 131, from: null });
  });

  it('lays out the same input the same way', () => {
    expect([...dodge(EUROPE, 4)]).toEqual([...dodge(EUROPE, 4)]);
  });
});
