import { describe, expect, it } from 'vitest';
import { embeddedActivities } from '../../db/embedded';
import type { Activity } from '../../domain/activity';
import { facetCounts } from '../../domain/aggregate';
import { applyFilters } from '../../domain/applyFilters';
import { EMPTY_FILTERS } from '../../domain/filters';
import { generateActivities } from '../../testing/generate';
import { cellPatch, themesModel } from './themesState';

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
  it('counts from its one pass what a pass per facet counts, on 3,000 generated records', () => {
    const many: Activity[] = generateActivities(3000, 3).map((a) => ({ ...a, origin: 'analyst' }));
    const m = themesModel(many);
    expect(m.byTheme.rows).toEqual(facetCounts(many, 'themes'));
    expect(m.byType.rows).toEqual(facetCounts(many, 'type'));
    expect(m.matrix.countries).toEqual(facetCounts(many, 'countries').slice(0, 20));
    expect(m.matrix.withoutCountry).toBe(many.filter((a) => a.countries.length === 0).length);
    const cl = many.filter((a) => a.countries.includes('CL') && a.themes.includes('migration')).length;
    expect(m.matrix.counts.get('CL')?.get('migration') ?? 0).toBe(cl);
    expect(m.byMonth.activities.reduce((s, r) => s + r.count, 0)).toBe(3000);
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
