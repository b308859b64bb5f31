import { describe, expect, it } from 'vitest';
import type { Activity } from '../../domain/activity';
import { mulberry32 } from '../../testing/random';
import { storedRecord } from '../../testing/records';
import { sortActivities, type SortContext } from './sortActivities';

const ctx: SortContext = { lang: 'en', label: (_p, id) => id, statusLabel: (s) => s, today: '2026-01-01' };

/** 400 records over 40 days, several per day, with ids that do not follow the dates. */
function records(): Activity[] {
  const random = mulberry32(7);
  return Array.from({ length: 400 }, (_, i) =>
    storedRecord({
      id: `r-${String(Math.floor(random() * 1e6)).padStart(6, '0')}-${i}`,
      date: `2025-11-${String(1 + Math.floor(random() * 30)).padStart(2, '0')}`,
    }),
  );
}

// The oracle, written apart from the code under test: date in the direction asked, ties always by id ascending.
const byDateThenId = (dir: 1 | -1) => (a: Activity, b: Activity) =>
  a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -dir : dir;

describe('sorting the records table by date', () => {
  const shuffled = records();
  const asStored = [...shuffled].sort(byDateThenId(1)); // the database's order: its date index, ties by id

  it.each([
    ['asc', 1],
    ['desc', -1],
  ] as const)('gives the same %s order for a list in the database’s order as for a shuffled one', (dir, sign) => {
    const expected = [...shuffled].sort(byDateThenId(sign)).map((a) => a.id);
    expect(sortActivities(asStored, 'date', dir, ctx).map((a) => a.id)).toEqual(expected);
    expect(sortActivities(shuffled, 'date', dir, ctx).map((a) => a.id)).toEqual(expected);
  });

  it('never hands back the list it was given', () => {
    expect(sortActivities(asStored, 'date', 'asc', ctx)).not.toBe(asStored);
  });
});
