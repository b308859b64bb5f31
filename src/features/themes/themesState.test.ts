import { describe, expect, it } from 'vitest';
import { embeddedActivities } from '../../db/embedded';
import type { Activity } from '../../domain/activity';
import { applyFilters } from '../../domain/applyFilters';
import { EMPTY_FILTERS } from '../../domain/filters';
import { cellPatch, neighbour, themesModel } from './themesState';

const embedded: Activity[] = embeddedActivities.map((a) => ({ ...a, origin: 'embedded' }));

describe('themesModel', () => {
  it('for Chile: migration and border management (2 each), consular services (1)', () => {
    const m = themesModel(applyFilters(embedded, { ...EMPTY_FILTERS, country: ['CL'] }));
    expect(m.byTheme.rows).toEqual([
      { key: 'border-management', count: 2 },
      { key: 'migration', count: 2 },
      { key: 'consular-services', count: 1 },
    ]);
    expect(m.byTheme).toMatchObject({ sum: 5, activities: 2 });
    expect(m.byType.rows.map((r) => r.key)).toEqual(['binational-committee', 'technical-meeting']);
    expect(m.matrix.countries).toEqual([{ key: 'CL', count: 2 }]);
  });
  it('for the whole release: 47 theme mentions over 19 activities', () => {
    const m = themesModel(embedded);
    expect(m.byTheme).toMatchObject({ sum: 47, activities: 19 });
    expect(m.byType.sum).toBe(19);
    expect(m.byMonth.series).toHaveLength(8);
  });
});

describe('cellPatch', () => {
  it('selects exactly the cell, and a second click lifts it', () => {
    expect(cellPatch({ country: ['US'], theme: [] }, 'CL', 'migration')).toEqual({
      country: ['CL'],
      theme: ['migration'],
    });
    expect(cellPatch({ country: ['CL'], theme: ['migration'] }, 'CL', 'migration')).toEqual({ country: [], theme: [] });
  });
});

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
