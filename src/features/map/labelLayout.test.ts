import { describe, expect, it } from 'vitest';
import { textWidth } from '../../lib/textLayout';
import { layoutLabels, symbolBox, type Box } from './labelLayout';

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function boxes(placed: ReturnType<typeof layoutLabels>, fs: number): Box[] {
  return placed.map((p) => {
    const w = textWidth(p.text, fs);
    const x0 = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - w : p.x - w / 2;
    return { x0, y0: p.y - fs * 0.8, x1: x0 + w, y1: p.y + fs * 0.25 };
  });
}

describe('layoutLabels', () => {
  it('puts a lone label to the right of its point, without a leader', () => {
    const [label] = layoutLabels([{ key: 'a', x: 100, y: 100, r: 4, text: 'OAS' }], {
      width: 400,
      height: 300,
      fontSize: 11,
    });
    expect(label).toMatchObject({ anchor: 'start', leader: null });
    expect(label?.x).toBeGreaterThan(100);
  });

  it('keeps the labels of four clustered points (London, Brussels, Paris, Vienna) apart', () => {
    const pts = [
      { key: 'IMO', x: 480, y: 120, r: 5, text: 'IMO' },
      { key: 'WCO', x: 493, y: 122, r: 5, text: 'WCO' },
      { key: 'UNESCO', x: 487, y: 129, r: 5, text: 'UNESCO' },
      { key: 'UNODC', x: 521, y: 131, r: 5, text: 'UNODC' },
    ];
    const obstacles = pts.map((p) => symbolBox(p.x, p.y, p.r));
    const placed = layoutLabels(pts, { width: 960, height: 480, fontSize: 11, obstacles });
    expect(placed.map((p) => p.key).sort()).toEqual(['IMO', 'UNESCO', 'UNODC', 'WCO']);
    const b = boxes(placed, 11);
    for (let i = 0; i < b.length; i++)
      for (let j = i + 1; j < b.length; j++) expect(overlap(b[i] as Box, b[j] as Box)).toBe(false);
    for (const box of b) for (const o of obstacles) expect(overlap(box, o)).toBe(false);
  });

  it('stays inside the frame: a point at the right edge gets its label on the left', () => {
    const [label] = layoutLabels([{ key: 'a', x: 395, y: 100, r: 4, text: 'UNESCO' }], {
      width: 400,
      height: 300,
      fontSize: 11,
    });
    expect(label?.anchor).toBe('end');
  });
});
