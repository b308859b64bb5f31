import { describe, expect, it } from 'vitest';
import type { ActivityFile } from '../../domain/activity';
import { embeddedActivities } from '../../testing/embedded';
import { allChosen, conflictRows, initialChoices, mergeRecords } from './conflict';

const base: ActivityFile = embeddedActivities.find((a) => a.id === 'oas-asylum-proposal')!;
const theirs: ActivityFile = {
  ...base,
  title: { ...base.title, en: 'Title saved in tab A' },
  themes: [...base.themes, 'consular-services'],
};
const mine: ActivityFile = {
  ...base,
  summary: { ...base.summary, en: 'Summary typed in tab B' },
  themes: [base.themes[0]!],
};

describe('when a save meets a record changed elsewhere', () => {
  const rows = conflictRows(base, mine, theirs);

  it('then only the fields that now differ are listed, with who changed each', () => {
    expect(rows.map((r) => [r.field, r.changedByMe, r.changedByThem, r.suggested])).toEqual([
      ['title.en', false, true, 'theirs'],
      ['summary.en', true, false, 'mine'],
      ['themes', true, true, null],
    ]);
    expect(rows[0]).toMatchObject({ mine: base.title.en, theirs: 'Title saved in tab A' });
  });

  it('then a field both sides changed waits for a choice', () => {
    expect(allChosen(rows, initialChoices(rows))).toBe(false);
    expect(allChosen(rows, { ...initialChoices(rows), themes: 'theirs' })).toBe(true);
  });

  it('then the merge keeps their title, my summary, and the chosen side of a field both changed', () => {
    const merged = mergeRecords(mine, theirs, { ...initialChoices(rows), themes: 'mine' });
    expect(merged.title).toEqual({ es: base.title.es, en: 'Title saved in tab A' });
    expect(merged.summary).toEqual({ es: base.summary.es, en: 'Summary typed in tab B' });
    expect(merged.themes).toEqual([base.themes[0]]);
    expect(mergeRecords(mine, theirs, { ...initialChoices(rows), themes: 'theirs' }).themes).toEqual(theirs.themes);
  });

  it('then an optional field removed on my side is removed in the merge', () => {
    const ranged: ActivityFile = { ...theirs, endDate: '2025-12-31' };
    const { endDate, ...withoutEnd } = ranged;
    expect(endDate).toBe('2025-12-31');
    const r = conflictRows(ranged, withoutEnd, ranged);
    expect(r.map((x) => x.field)).toEqual(['endDate']);
    expect('endDate' in mergeRecords(withoutEnd, ranged, { endDate: 'mine' })).toBe(false);
  });
});
