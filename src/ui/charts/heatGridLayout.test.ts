import { describe, expect, it } from 'vitest';
import { heatGridLayout, neighbour } from './heatGridLayout';

describe('neighbour', () => {
  const cells = [
    { row: 0, col: 0 },
    { row: 0, col: 3 },
    { row: 2, col: 1 },
    { row: 2, col: 4 },
  ];
  it('moves in reading order with left/right', () => {
    expect(neighbour(cells, { row: 0, col: 3 }, 'ArrowRight')).toEqual({ row: 2, col: 1 });
    expect(neighbour(cells, { row: 0, col: 0 }, 'ArrowLeft')).toBeNull();
  });
  it('moves to the closest cell in the next row with up/down', () => {
    expect(neighbour(cells, { row: 0, col: 3 }, 'ArrowDown')).toEqual({ row: 2, col: 4 });
    expect(neighbour(cells, { row: 2, col: 1 }, 'ArrowUp')).toEqual({ row: 0, col: 0 });
    expect(neighbour(cells, { row: 2, col: 1 }, 'ArrowDown')).toBeNull();
  });
});

describe('heatGridLayout', () => {
  it('keeps cells between 34 and 96 px wide and the grid at least as wide as its container', () => {
    const many = heatGridLayout(
      ['Chile'],
      Array.from({ length: 40 }, (_, i) => `theme ${i}`),
      600,
      12,
    );
    expect(many.cellW).toBe(34);
    expect(many.svgW).toBeGreaterThan(600);
    const few = heatGridLayout(['Chile', 'Bolivia'], ['Migration'], 600, 12);
    expect(few.cellW).toBe(96);
    expect(few.svgW).toBe(600);
    expect(few.svgH).toBe(few.headH + 2 * few.cellH + 2);
  });
});
