import { describe, expect, it } from 'vitest';
import { generate } from '../testing/sample';
import type { Activity } from './activity';
import { applyFilters } from './applyFilters';
import { EMPTY_FILTERS, type Filters } from './filters';
import { tallyThemes } from './themeTallies';

/** The tallies by a plain loop over the records, string-keyed, written without the code under test. */
function naive(acts: readonly Activity[]) {
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const cell = (m: Map<string, Map<string, number>>, r: string, c: string) => {
    if (!m.has(r)) m.set(r, new Map());
    bump(m.get(r) as Map<string, number>, c);
  };
  const out = {
    themes: new Map<string, number>(),
    types: new Map<string, number>(),
    countries: new Map<string, number>(),
    perMonth: new Map<string, number>(),
    byMonth: new Map<string, Map<string, number>>(),
    pairs: new Map<string, Map<string, number>>(),
    spanning: 0,
    withoutCountry: 0,
  };
  for (const a of acts) {
    const first = a.date.slice(0, 7);
    const last =
      a.datePrecision === 'day'
        ? first
        : a.datePrecision === 'range'
          ? (a.endDate ?? a.date).slice(0, 7)
          : a.datePrecision === 'month'
            ? first
            : `${a.date.slice(0, 5)}${String(Number(a.date.slice(5, 7)) + 2).padStart(2, '0')}`;
    bump(out.types, a.type);
    if (first === last) {
      bump(out.perMonth, first);
      for (const t of a.themes) cell(out.byMonth, first, t);
    } else out.spanning++;
    for (const t of a.themes) bump(out.themes, t);
    if (a.countries.length === 0) out.withoutCountry++;
    for (const c of a.countries) {
      bump(out.countries, c);
      for (const t of a.themes) cell(out.pairs, c, t);
    }
  }
  return out;
}

const sorted = (m: Map<string, number>) => [...m].sort(([a], [b]) => a.localeCompare(b));
const sortedRows = (m: Map<string, Map<string, number>>) =>
  [...m].map(([k, row]) => [k, sorted(row)] as const).sort(([a], [b]) => a.localeCompare(b));
const comparable = (t: ReturnType<typeof naive> | ReturnType<typeof tallyThemes>) => ({
  themes: sorted(t.themes),
  types: sorted(t.types),
  countries: sorted(t.countries),
  perMonth: sorted(t.perMonth),
  byMonth: sortedRows(t.byMonth),
  pairs: sortedRows(t.pairs),
  spanning: typeof t.spanning === 'number' ? t.spanning : t.spanning.length,
  withoutCountry: t.withoutCountry,
});

describe('tallyThemes', () => {
  const big = generate(20_000);
  const filters: Partial<Filters>[] = [
    {},
    { country: ['CL'] },
    { country: ['CL', 'AR'], theme: ['migration'] },
    { type: ['bilateral-meeting'], from: '2024-03-01', to: '2024-09-30' },
    { q: 'gen-12' },
  ];
  it.each(filters)('when the filtered records come from the index (%j), then its counts are a plain loop’s', (f) => {
    const filtered = applyFilters(big, { ...EMPTY_FILTERS, ...f });
    expect(filtered.length).toBeGreaterThan(0);
    const expected = comparable(naive(filtered));
    expect(comparable(tallyThemes(filtered))).toEqual(expected);
    // The same records in an array the index did not make are coded on the spot, to the same counts.
    expect(comparable(tallyThemes([...filtered]))).toEqual(expected);
  });

  it('when two data sets are filtered, then each is counted with its own codes', () => {
    const other = generate(3_000, 7);
    const a = applyFilters(big, { ...EMPTY_FILTERS, country: ['PE'] });
    const b = applyFilters(other, { ...EMPTY_FILTERS, country: ['PE'] });
    expect(comparable(tallyThemes(b))).toEqual(comparable(naive(b)));
    expect(comparable(tallyThemes(a))).toEqual(comparable(naive(a)));
  });
});
