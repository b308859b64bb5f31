import { describe, expect, it } from 'vitest';
import { embeddedActivities } from '../../db/embedded';
import type { Activity } from '../../domain/activity';
import { applyFilters } from '../../domain/applyFilters';
import { EMPTY_FILTERS } from '../../domain/filters';
import { overviewModel } from './overviewState';

const all: Activity[] = embeddedActivities.map((a) => ({ ...a, origin: 'embedded' }));

describe('overviewModel', () => {
  it('for the whole release', () => {
    const m = overviewModel(all, all, EMPTY_FILTERS);
    expect(m.headline).toMatchObject({ activities: 19, countries: 7, themes: 14, organizations: 5 });
    expect(m.latest.map((a) => a.id).slice(0, 2)).toEqual([
      'us-secretary-of-state-visit-to-peru',
      'tacna-consular-migration-meeting',
    ]);
    expect(m.themes.top.map((r) => r.key)).toEqual([
      'drug-trafficking',
      'organized-crime',
      'customs',
      'regional-development',
      'security-defence',
    ]);
    expect(m.countries.lead).toEqual({ leaders: ['CL', 'US'], count: 2, runnerUp: { key: 'CA', count: 1 } });
    expect(m.countries.without).toBe(10);
    expect(m.busiest?.leaders).toEqual(['2025-11']);
    expect(m.switcher.prev).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });
  it('for December 2025: the activities under way that month, ranges from November included', () => {
    const f = { ...EMPTY_FILTERS, from: '2025-12-01', to: '2025-12-31' };
    const m = overviewModel(applyFilters(all, f), all, f);
    expect(m.headline.activities).toBe(14);
    expect(m.headline.byStatus).toEqual({ held: 13, announced: 1, planned: 0 });
    expect(m.switcher).toMatchObject({ month: '2025-12', prev: { from: '2025-11-01' }, next: { from: '2026-01-01' } });
  });
});
