import { describe, expect, it } from 'vitest';
// The frozen copy of the first release's records: data/ grows and is reviewed, these counts must not move with it.
import embedded from '../../tests/fixtures/dataset/np-304-25.activities.json';
import type { Activity } from './activity';
import { activitiesFileSchema } from './activity';
import { applyFilters, fold } from './applyFilters';
import { EMPTY_FILTERS, type Filters } from './filters';
import { storedRecord } from '../testing/records';

const all: Activity[] = activitiesFileSchema
  .parse(embedded)
  .activities.map((a) => ({ ...a, origin: 'embedded' as const }));
const ids = (f: Partial<Filters>, list: readonly Activity[] = all) =>
  applyFilters(list, { ...EMPTY_FILTERS, ...f })
    .map((a) => a.id)
    .sort();

describe('applyFilters over the embedded data set', () => {
  it('keeps all 19 records without filters', () => {
    expect(ids({})).toHaveLength(19);
  });

  it('finds the two Chile records', () => {
    expect(ids({ country: ['CL'] })).toEqual(['peru-chile-migration-committee', 'tacna-consular-migration-meeting']);
  });

  it('ORs values within a parameter', () => {
    expect(ids({ country: ['CL', 'DE'] })).toEqual([
      'coordination-germany',
      'peru-chile-migration-committee',
      'tacna-consular-migration-meeting',
    ]);
    expect(ids({ org: ['IMO', 'UNESCO'] })).toEqual([
      'imo-council-reelection',
      'unesco-world-heritage-committee-election',
    ]);
  });

  it('ANDs different parameters', () => {
    expect(ids({ country: ['CL'], type: ['binational-committee'] })).toEqual(['peru-chile-migration-committee']);
    expect(ids({ country: ['CL'], theme: ['consular-services'] })).toEqual(['tacna-consular-migration-meeting']);
    expect(ids({ country: ['US'], theme: ['migration'] })).toEqual([]);
  });

  it('matches records whose interval overlaps the date range', () => {
    // 3 Dec only: the OAS proposal (that day) plus the ten records spanning the whole reporting period.
    const onThird = ids({ from: '2025-12-03', to: '2025-12-03' });
    expect(onThird).toContain('oas-asylum-proposal');
    expect(onThird).toContain('coordination-canada');
    expect(onThird).toContain('ancash-decentralised-office-announcement');
    expect(onThird).not.toContain('us-secretary-of-state-meeting');
    expect(onThird).toHaveLength(11);
  });

  it('finds the planned Q1 2026 visit from any day of the quarter', () => {
    expect(ids({ from: '2026-03-31' })).toEqual(['us-secretary-of-state-visit-to-peru']);
    expect(ids({ from: '2026-02-01', to: '2026-02-28' })).toEqual(['us-secretary-of-state-visit-to-peru']);
    expect(ids({ to: '2025-12-31', country: ['US'] })).toEqual(['us-secretary-of-state-meeting']);
  });

  it('searches titles and summaries in both languages, ignoring accents and case', () => {
    expect(ids({ q: 'chancay' })).toEqual(['chancay-joint-control-unit']);
    expect(ids({ q: 'ANCASH' })).toEqual(ids({ q: 'Áncash' }));
    expect(ids({ q: 'ancash' })).toEqual(['ancash-decentralised-office-announcement', 'inspection-visit-ancash']);
    // "migración" appears only in a Spanish summary; typed without the accent it still matches.
    expect(ids({ q: 'migracion regular' })).toEqual(['tacna-consular-migration-meeting']);
    // The same record found by its Spanish and by its English wording.
    expect(ids({ q: 'Comité del Patrimonio Mundial' })).toEqual(['unesco-world-heritage-committee-election']);
    expect(ids({ q: 'elected to the UNESCO' })).toEqual(['unesco-world-heritage-committee-election']);
  });
});

describe('date overlap by precision', () => {
  const month = storedRecord({ id: 'm', date: '2025-11-01', datePrecision: 'month' });
  const quarter = storedRecord({ id: 'q', date: '2025-10-01', datePrecision: 'quarter' });
  const range = storedRecord({ id: 'r', date: '2025-11-20', datePrecision: 'range', endDate: '2025-12-05' });
  const day = storedRecord({ id: 'd', date: '2025-12-06', datePrecision: 'day' });
  const list = [month, quarter, range, day];

  it('a month record matches a range touching any of its days', () => {
    expect(ids({ from: '2025-11-30', to: '2025-11-30' }, list)).toEqual(['m', 'q', 'r']);
  });

  it('a quarter record matches until its last day', () => {
    expect(ids({ from: '2025-12-31' }, list)).toEqual(['q']);
    expect(ids({ from: '2026-01-01' }, list)).toEqual([]);
  });

  it('a range record matches at both inclusive ends', () => {
    expect(ids({ to: '2025-11-20' }, list)).toEqual(['m', 'q', 'r']);
    expect(ids({ from: '2025-12-05', to: '2025-12-05' }, list)).toEqual(['q', 'r']);
    expect(ids({ from: '2025-12-06' }, list)).toEqual(['d', 'q']);
  });

  it('a day record matches only its day', () => {
    expect(ids({ from: '2025-12-07', to: '2025-12-31' }, list)).toEqual(['q']);
  });
});

describe('fold', () => {
  it('strips accents and case', () => {
    expect(fold('Migración ÁNCASH Perú')).toBe('migracion ancash peru');
  });
});
