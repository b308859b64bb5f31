import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Activity } from './activity';
import { buildIndex, filterIndexed, indexOf } from './activityIndex';
import { applyFilters, fold, matchesFilters } from './applyFilters';
import { EMPTY_FILTERS, type Filters } from './filters';
import { generateActivities } from '../testing/generate';

const records: Activity[] = generateActivities(5000, 7).map((a) => ({ ...a, origin: 'analyst' as const }));
const scan = (f: Filters) => records.filter((a) => matchesFilters(a, f, fold(f.q)));
const ids = (list: readonly Activity[]) => list.map((a) => a.id);

// Values drawn from what the generated records actually carry, plus one that no record has.
const pick = <T>(values: Iterable<T>) => [...new Set(values)].slice(0, 12);
const countries = pick(records.flatMap((a) => a.countries)).concat('ZZ');
const themes = pick(records.flatMap((a) => a.themes));
const types = pick(records.map((a) => a.type));
const orgs = pick(records.flatMap((a) => a.organizations));
const dates = records.map((a) => a.date).sort();

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  country: fc.uniqueArray(fc.constantFrom(...countries), { maxLength: 3 }),
  theme: fc.uniqueArray(fc.constantFrom(...themes), { maxLength: 2 }),
  type: fc.uniqueArray(fc.constantFrom(...types), { maxLength: 2 }),
  org: fc.uniqueArray(fc.constantFrom(...orgs), { maxLength: 2 }),
  from: fc.option(fc.constantFrom(...dates.filter((_, i) => i % 500 === 0)), { nil: null }),
  to: fc.option(fc.constantFrom(...dates.filter((_, i) => i % 700 === 0)), { nil: null }),
  q: fc.constantFrom('', 'migracion', 'Chile', 'zzzz'),
});

describe('filterIndexed', () => {
  it('gives exactly what a full scan gives, in the same order, for any combination of filters', () => {
    const ix = buildIndex(records);
    fc.assert(
      fc.property(filtersArb, (f) => {
        expect(ids(filterIndexed(ix, f, fold(f.q), fold))).toEqual(ids(scan(f)));
      }),
      { numRuns: 150 },
    );
  });

  it('narrows by the most selective parameter and still checks the others', () => {
    const f = { ...EMPTY_FILTERS, country: ['CL'], theme: ['migration'] };
    const got = applyFilters(records, f);
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThan(records.filter((a) => a.countries.includes('CL')).length);
    expect(got.every((a) => a.countries.includes('CL') && a.themes.includes('migration'))).toBe(true);
    expect(ids(got)).toEqual(ids(scan(f)));
  });

  it('finds nothing for a value no record carries', () => {
    expect(applyFilters(records, { ...EMPTY_FILTERS, country: ['ZZ'] })).toEqual([]);
  });

  it('keeps one index per array and builds a new one for a new array', () => {
    expect(indexOf(records)).toBe(indexOf(records));
    expect(indexOf(records.slice())).not.toBe(indexOf(records));
  });

  it('counts a record once when a value is listed twice in it', () => {
    const twice = { ...(records[0] as Activity), countries: ['CL', 'CL'] };
    const ix = buildIndex([twice]);
    expect(ix.postings.country.get('CL')).toEqual([0]);
    expect(filterIndexed(ix, { ...EMPTY_FILTERS, country: ['CL', 'AR'] }, '', fold)).toEqual([twice]);
  });
});
