import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, hasActiveFilters, parseFilters, toggleValue, writeFilters, type Filters } from './filters';
import { vocabulary } from './taxonomyData';

const parse = (query: string) => parseFilters(new URLSearchParams(query), vocabulary);

describe('parseFilters', () => {
  it('reads every parameter of the contract', () => {
    const { filters, rejected } = parse(
      'country=CL,US&theme=migration&type=bilateral-meeting&org=OAS&from=2025-11-01&to=2025-12-31&q=Chancay',
    );
    expect(rejected).toEqual([]);
    expect(filters).toEqual({
      country: ['CL', 'US'],
      theme: ['migration'],
      type: ['bilateral-meeting'],
      org: ['OAS'],
      from: '2025-11-01',
      to: '2025-12-31',
      q: 'Chancay',
    });
  });

  it('gives empty filters for an empty address', () => {
    expect(parse('')).toEqual({ filters: EMPTY_FILTERS, rejected: [] });
  });

  it('ignores an unknown country and reports it, keeping the known ones', () => {
    expect(parse('country=XX,CL')).toEqual({
      filters: { ...EMPTY_FILTERS, country: ['CL'] },
      rejected: [{ param: 'country', value: 'XX', reason: 'unknown' }],
    });
  });

  it('ignores an unknown theme, type and organisation', () => {
    const { filters, rejected } = parse('theme=weather&type=picnic&org=NATO');
    expect(filters).toEqual(EMPTY_FILTERS);
    expect(rejected).toEqual([
      { param: 'theme', value: 'weather', reason: 'unknown' },
      { param: 'type', value: 'picnic', reason: 'unknown' },
      { param: 'org', value: 'NATO', reason: 'unknown' },
    ]);
  });

  it('rejects dates that are malformed or do not exist', () => {
    const { filters, rejected } = parse('from=2025-13-45&to=yesterday');
    expect(filters.from).toBeNull();
    expect(filters.to).toBeNull();
    expect(rejected).toEqual([
      { param: 'from', value: '2025-13-45', reason: 'badDate' },
      { param: 'to', value: 'yesterday', reason: 'badDate' },
    ]);
  });

  it('drops the end of an inverted range and says so', () => {
    expect(parse('from=2025-12-10&to=2025-11-10')).toEqual({
      filters: { ...EMPTY_FILTERS, from: '2025-12-10' },
      rejected: [{ param: 'to', value: '2025-11-10', reason: 'inverted' }],
    });
  });

  it('accepts a one-day range (from = to)', () => {
    expect(parse('from=2025-12-03&to=2025-12-03').rejected).toEqual([]);
  });

  it('removes duplicates and empty items', () => {
    expect(parse('country=CL,,CL,cl&theme=migration,migration').filters).toMatchObject({
      country: ['CL'],
      theme: ['migration'],
    });
  });

  it('normalises case: countries and organisations upper, themes and types lower', () => {
    const { filters, rejected } = parse('country=cl,us&org=oas&theme=Migration&type=Bilateral-Meeting');
    expect(rejected).toEqual([]);
    expect(filters).toMatchObject({
      country: ['CL', 'US'],
      org: ['OAS'],
      theme: ['migration'],
      type: ['bilateral-meeting'],
    });
  });

  it('trims the text query and the list items', () => {
    expect(parse('q=%20%20Chancay%20&country=%20CL%20').filters).toMatchObject({ q: 'Chancay', country: ['CL'] });
  });
});

describe('writeFilters', () => {
  const f: Filters = { ...EMPTY_FILTERS, country: ['CL', 'US'], theme: ['migration'], from: '2025-11-01', q: 'Tacna' };

  it('writes only the active filters, lists comma-separated', () => {
    expect(writeFilters(f).toString()).toBe('country=CL%2CUS&theme=migration&from=2025-11-01&q=Tacna');
  });

  it('keeps lang, sort and other unrelated parameters', () => {
    const out = writeFilters(f, new URLSearchParams('lang=en&sort=title&dir=asc&country=PE'));
    expect(out.get('lang')).toBe('en');
    expect(out.get('sort')).toBe('title');
    expect(out.get('dir')).toBe('asc');
    expect(out.get('country')).toBe('CL,US');
  });

  it('removes filters that became empty', () => {
    const out = writeFilters(EMPTY_FILTERS, new URLSearchParams('lang=es&country=CL&q=x&from=2025-11-01'));
    expect(out.toString()).toBe('lang=es');
  });

  it('round-trips through parseFilters', () => {
    expect(parseFilters(writeFilters(f), vocabulary)).toEqual({ filters: f, rejected: [] });
  });
});

describe('helpers', () => {
  it('hasActiveFilters is false only for empty filters', () => {
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, q: 'x' })).toBe(true);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, to: '2025-12-01' })).toBe(true);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, org: ['OAS'] })).toBe(true);
  });

  it('toggleValue adds a missing value and removes a present one', () => {
    expect(toggleValue(['CL'], 'US')).toEqual(['CL', 'US']);
    expect(toggleValue(['CL', 'US'], 'CL')).toEqual(['US']);
  });
});
