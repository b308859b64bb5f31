import type { Activity } from '../../src/domain/activity';
import { countryThemeMatrix, headline, monthCounts, monthThemeTable } from '../../src/domain/aggregate';
import { applyFilters } from '../../src/domain/applyFilters';
import { formatMonth } from '../../src/domain/dates';
import { countBy, type Facet } from '../../src/domain/facets';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { generateActivities } from '../../src/testing/generate';
import { tallyThemes } from '../../src/domain/themeTallies';
import { overviewModel } from '../../src/features/overview/overviewState';
import { themesModel } from '../../src/features/themes/themesState';

/**
 * Where a filter change spends its time, one pure function at a time (run in Node by `npm run bench -- --only
 * domain`): the same V8 as Chromium, none of the browser's noise. Each figure is the median of `reps` runs, in ms.
 */
export function probe(n: number, seed: number, reps: number): { what: string; ms: number }[] {
  // In date order, as the app reads them from IndexedDB.
  const all: Activity[] = generateActivities(n, seed)
    .map((a) => ({ ...a, origin: 'analyst' as const }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const country = { ...EMPTY_FILTERS, country: ['CL'] };
  const both = { ...country, theme: ['migration'] };
  const hits = applyFilters(all, country);
  const time = (what: string, f: () => unknown) => {
    const t: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      f();
      t.push(performance.now() - t0);
    }
    t.sort((a, b) => a - b);
    return { what, ms: t[Math.floor(t.length / 2)]! };
  };
  // 8 years × 12 months × 14 themes: the segments of the month × theme chart, each named with formatMonth.
  const segments = 8 * 12 * 14;
  const cached = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const facets: Facet[] = ['countries', 'themes', 'type', 'organizations'];
  return [
    time('Array.filter over all, country CL (the baseline)', () => all.filter((a) => a.countries.includes('CL'))),
    time('applyFilters over all, country=CL', () => applyFilters(all, country)),
    time('applyFilters over all, country=CL + theme=migration', () => applyFilters(all, both)),
    time('countBy of the 4 filter facets over all (filter bar options)', () => facets.map((f) => countBy(all, f))),
    time(`formatMonth × ${segments}, a new Intl.DateTimeFormat each call`, () => {
      for (let i = 0; i < segments; i++) formatMonth('2024-05', 'en-GB');
    }),
    time(`the same × ${segments} with one cached formatter`, () => {
      for (let i = 0; i < segments; i++) cached.format(Date.UTC(2024, 4, 1));
    }),
    time('headline over all', () => headline(all)),
    time('monthCounts over all', () => monthCounts(all)),
    time('monthThemeTable over the CL hits', () => monthThemeTable(hits)),
    time('countryThemeMatrix over the CL hits', () => countryThemeMatrix(hits)),
    time('tallyThemes over the CL hits (one pass for /themes)', () => tallyThemes(hits)),
    time('themesModel over the CL hits (all of /themes)', () => themesModel(hits)),
    time('overviewModel over the CL hits (all of /)', () => overviewModel(hits, all, country, null)),
  ];
}
