import { describe, expect, it } from 'vitest';
import { activitiesFileSchema, activityFileSchema, activitySchema, toFileRecord } from './activity';
import { fileRecord, storedRecord } from '../testing/records';

/** The issues zod reports for `value`, as "path: message" strings, so a test names the exact field and rule. */
function issues(value: unknown): string[] {
  const r = activityFileSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('activity schema', () => {
  it('accepts a valid record', () => {
    expect(issues(fileRecord())).toEqual([]);
  });

  it('accepts a range with an end date, a month on the 1st and a quarter on a quarter start', () => {
    expect(issues(fileRecord({ datePrecision: 'range', date: '2025-11-10', endDate: '2025-12-10' }))).toEqual([]);
    expect(issues(fileRecord({ datePrecision: 'month', date: '2025-11-01' }))).toEqual([]);
    expect(issues(fileRecord({ datePrecision: 'quarter', date: '2026-01-01' }))).toEqual([]);
  });

  it('rejects a date that does not exist, at the date field', () => {
    expect(issues(fileRecord({ date: '2025-13-45' }))).toContain('date: date.invalid');
    expect(issues(fileRecord({ date: '2025-02-29' }))).toContain('date: date.invalid');
  });

  it('rejects a date in another format', () => {
    expect(issues(fileRecord({ date: '10/12/2025' }))).toContain('date: date.format');
  });

  it('requires an end date for a range', () => {
    expect(issues(fileRecord({ datePrecision: 'range' }))).toEqual(['endDate: endDate.required']);
  });

  it('rejects a range that ends before it starts', () => {
    expect(issues(fileRecord({ datePrecision: 'range', date: '2025-12-10', endDate: '2025-11-10' }))).toEqual([
      'endDate: endDate.beforeStart',
    ]);
  });

  it('rejects an end date on a day record', () => {
    expect(issues(fileRecord({ endDate: '2025-12-05' }))).toEqual(['endDate: endDate.onlyForRange']);
  });

  it('rejects a month date that is not the 1st', () => {
    expect(issues(fileRecord({ datePrecision: 'month', date: '2025-11-15' }))).toEqual(['date: date.monthStart']);
  });

  it('rejects a quarter date that is not the 1st of Jan, Apr, Jul or Oct', () => {
    expect(issues(fileRecord({ datePrecision: 'quarter', date: '2026-02-01' }))).toEqual(['date: date.quarterStart']);
  });

  it('rejects an unknown extra key, naming it', () => {
    const r = activityFileSchema.safeParse({ ...fileRecord(), colour: 'blue' });
    expect(r.success).toBe(false);
    expect(r.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['colour'], path: [] }),
    ]);
  });

  it('rejects an extra key inside a nested object', () => {
    const r = activityFileSchema.safeParse(fileRecord({ source: { id: 'np-304-25', paragraph: 2, page: 1 } as never }));
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['source']);
  });

  it('rejects a country that is not two capital letters, at its index', () => {
    expect(issues(fileRecord({ countries: ['CL', 'chl'] }))).toEqual(['countries.1: country.format']);
    expect(issues(fileRecord({ countries: ['cl'] }))).toEqual(['countries.0: country.format']);
  });

  it('rejects a bad place country and out-of-range coordinates', () => {
    const bad = issues(fileRecord({ places: [{ name: 'X', country: 'Peru', lat: 91, lon: 0 }] }));
    expect(bad).toContain('places.0.country: country.format');
    expect(bad.some((s) => s.startsWith('places.0.lat:'))).toBe(true);
  });

  it('rejects a non-slug id, an empty title and a paragraph 0', () => {
    expect(issues(fileRecord({ id: 'Not A Slug' }))).toEqual(['id: slug.format']);
    expect(issues(fileRecord({ title: { es: ' ', en: 'x' } }))).toEqual(['title.es: text.empty']);
    expect(issues(fileRecord({ source: { id: 'np-304-25', paragraph: 0 } })).map((s) => s.split(':')[0])).toEqual([
      'source.paragraph',
    ]);
  });

  it('rejects an additional source whose address is not http(s)', () => {
    const src = fileRecord().additionalSources[0]!;
    const bad = issues(fileRecord({ additionalSources: [{ ...src, url: 'ftp://example.org/x' }] }));
    expect(bad.map((s) => s.split(':')[0])).toEqual(['additionalSources.0.url']);
  });

  it('rejects an unknown status and precision', () => {
    const r = activityFileSchema.safeParse({ ...fileRecord(), status: 'cancelled', datePrecision: 'year' });
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['datePrecision', 'status']);
  });

  it('keeps origin out of files and in the stored record', () => {
    expect(activityFileSchema.safeParse(storedRecord()).success).toBe(false);
    expect(activitySchema.safeParse(storedRecord()).success).toBe(true);
    expect(activitySchema.safeParse({ ...storedRecord(), origin: 'imported' }).success).toBe(false);
    expect(toFileRecord(storedRecord({ origin: 'analyst', updatedAt: '2025-12-11T00:00:00Z' }))).toEqual(fileRecord());
  });

  it('validates the file envelope: format and version', () => {
    const ok = { format: 'agenda-exterior.activities', version: 1, activities: [fileRecord()] };
    expect(activitiesFileSchema.safeParse(ok).success).toBe(true);
    expect(activitiesFileSchema.safeParse({ ...ok, version: 2 }).success).toBe(false);
    expect(activitiesFileSchema.safeParse({ ...ok, format: 'other' }).success).toBe(false);
  });
});
