import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../domain/activity';
import { countBy } from '../../domain/facets';
import { generateActivities } from '../../testing/generate';
import { useFilterOptions } from './useFilterOptions';
import { embeddedVocabulary } from '../../domain/taxonomyData';

const none = { country: [], theme: [], type: [], org: [] };
const records = (n: number): Activity[] => generateActivities(n, 5).map((a) => ({ ...a, origin: 'analyst' }));

describe('useFilterOptions', () => {
  it.each([500, 3000])('counts each country as a scan does, with %i records (scan or index)', (n) => {
    const all = records(n);
    const { result } = renderHook(() => useFilterOptions(all, 'en', none, embeddedVocabulary));
    const scan = countBy(all, 'countries');
    expect(result.current.country).toHaveLength(scan.size);
    for (const o of result.current.country) expect(o.count).toBe(scan.get(o.value));
    const themes = countBy(all, 'themes');
    for (const o of result.current.theme) expect(o.count).toBe(themes.get(o.value) ?? 0);
  });

  it('sorts by label in the reader’s language and lists a chosen value no record carries', () => {
    const all = records(3000);
    const { result } = renderHook(() => useFilterOptions(all, 'es', { ...none, country: ['IS'] }, embeddedVocabulary));
    const labels = result.current.country.map((o) => o.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('es').compare));
    expect(result.current.country.find((o) => o.value === 'IS')).toMatchObject({ label: 'Islandia', count: 0 });
  });
});
