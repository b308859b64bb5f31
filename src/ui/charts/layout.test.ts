import { describe, expect, it } from 'vitest';
import { fitText, labelStep, legendLayout, niceMax, textWidth, ticks } from './layout';

describe('chart layout', () => {
  it('rounds axis maxima up to 1, 2, 2.5, 5 × 10^k', () => {
    expect([0, 1, 3, 7, 9, 23, 140, 8_400].map(niceMax)).toEqual([1, 1, 5, 10, 10, 25, 200, 10_000]);
  });
  it('gives whole-number ticks', () => {
    expect(ticks(7)).toEqual([0, 2.5, 5, 7.5, 10].filter(Number.isInteger));
    expect(ticks(3, 5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ticks(8_400)).toEqual([0, 2500, 5000, 7500, 10000]);
  });
  it('cuts long labels with an ellipsis', () => {
    const cut = fitText('Multilateral representation', 80, 13);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 13)).toBeLessThanOrEqual(80);
    expect(fitText('Customs', 80, 13)).toBe('Customs');
  });
  it('thins axis labels that would overlap', () => {
    expect(labelStep(36, 20, 50)).toBe(3);
    expect(labelStep(3, 200, 50)).toBe(1);
  });
  it('wraps legend entries onto new lines', () => {
    const { positions, height } = legendLayout(['Migration', 'Customs cooperation', 'Port security'], 200, 12);
    expect(positions[0]).toEqual({ x: 0, y: 0 });
    expect(positions.filter((p) => p.y > 0).length).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(22);
    expect(legendLayout([], 200, 12).height).toBe(0);
  });
});
