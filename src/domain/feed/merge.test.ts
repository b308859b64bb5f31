import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFileRecord, type Activity, type ActivityFile, type FeedOrigin, type Origin } from '../activity';
import { sameRecord } from '../formats/diff';
import { activityArb } from '../../testing/arbitraryActivity';
import { planFeedMerge, type FeedPlan, type MergeInput } from './merge';

const ORIGIN: FeedOrigin = 'feed:https://team.example/feed.json';
const OTHER: FeedOrigin = 'feed:https://other.example/feed.json';

/** Per id, two versions A and B; base, theirs and mine each hold A, B or nothing, so every agreement occurs. */
const caseArb = fc
  .uniqueArray(fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6'), { minLength: 1, maxLength: 6 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          a: activityArb.map((r) => ({ ...r, id })),
          b: activityArb.map((r) => ({ ...r, id })),
          base: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
          theirs: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
          mine: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
          origin: fc.constantFrom<Origin>('embedded', 'analyst', ORIGIN, OTHER),
        }),
      ),
    ),
  )
  .map((cases) => {
    const base = new Map<string, ActivityFile>();
    const theirs = new Map<string, ActivityFile>();
    const mine = new Map<string, Activity>();
    const pick = (c: (typeof cases)[number], k: 0 | 1 | 2) => (k === 0 ? null : k === 1 ? c.a : c.b);
    for (const c of cases) {
      const [b, t, m] = [pick(c, c.base), pick(c, c.theirs), pick(c, c.mine)];
      if (b) base.set(b.id, b);
      if (t) theirs.set(t.id, t);
      if (m) mine.set(m.id, { ...m, origin: c.origin });
    }
    return { origin: ORIGIN, base, theirs, mine } satisfies MergeInput;
  });

function apply(mine: ReadonlyMap<string, Activity>, plan: FeedPlan): Map<string, Activity> {
  const out = new Map(mine);
  for (const p of plan.puts) out.set(p.id, p);
  for (const id of plan.deletes) out.delete(id);
  return out;
}

describe('when a feed is merged into the stored records', () => {
  it('then applying the same feed a second time changes nothing and lists no new conflict', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const after = apply(input.mine, planFeedMerge(input));
        const again = planFeedMerge({ ...input, base: input.theirs, mine: after });
        expect(again.puts).toEqual([]);
        expect(again.deletes).toEqual([]);
        expect(again.conflicts).toEqual([]);
      }),
    );
  });

  it("then an analyst's record (or another feed's) survives any change of the feed", () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const after = apply(input.mine, planFeedMerge(input));
        for (const [id, m] of input.mine)
          if (m.origin === 'analyst' || m.origin === OTHER) expect(after.get(id)).toBe(m);
      }),
    );
  });

  it('then every stored copy of the feed matches the feed, and every difference kept is listed', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const plan = planFeedMerge(input);
        const after = apply(input.mine, plan);
        const conflicted = new Set(plan.conflicts.map((c) => c.id));
        for (const [id, t] of input.theirs) {
          const stored = after.get(id);
          if (stored?.origin === ORIGIN) expect(sameRecord(toFileRecord(stored), t)).toBe(true);
          const base = input.base.get(id);
          const feedChanged = !base || !sameRecord(base, t);
          const differs = !stored || !sameRecord(toFileRecord(stored), t);
          if (feedChanged && differs) expect(conflicted.has(id)).toBe(true);
        }
      }),
    );
  });
});

describe('when the feed deletes a record', () => {
  const rec = fc.sample(activityArb, { numRuns: 1, seed: 7 })[0]!;
  const input = (origin: Origin): MergeInput => ({
    origin: ORIGIN,
    base: new Map([[rec.id, rec]]),
    theirs: new Map(),
    mine: new Map([[rec.id, { ...rec, origin }]]),
  });

  it("then the feed's own copy is deleted", () => {
    expect(planFeedMerge(input(ORIGIN)).deletes).toEqual([rec.id]);
  });

  it("then an analyst's edited copy is kept and listed as a conflict with the feed's side empty", () => {
    const plan = planFeedMerge(input('analyst'));
    expect(plan.deletes).toEqual([]);
    expect(plan.conflicts).toEqual([{ id: rec.id, base: rec, theirs: null, mine: { ...rec, origin: 'analyst' } }]);
  });

  it('then an embedded record the feed never took over stays', () => {
    expect(planFeedMerge(input('embedded'))).toMatchObject({ puts: [], deletes: [], conflicts: [] });
  });
});
