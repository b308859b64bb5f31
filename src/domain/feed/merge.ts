import { toFileRecord, type Activity, type ActivityFile, type FeedOrigin } from '../activity';
import { sameRecord } from '../formats/diff';

/**
 * A three-way merge per record id: the feed's record as this browser last applied it (`base`), as the feed has it
 * now (`theirs`) and as stored here (`mine`). Only ids from chunks that changed take part; a record in an
 * unchanged chunk cannot have changed in the feed.
 */
export interface MergeInput {
  origin: FeedOrigin;
  base: ReadonlyMap<string, ActivityFile>;
  theirs: ReadonlyMap<string, ActivityFile>;
  mine: ReadonlyMap<string, Activity>;
}

/** A feed change the analyst's own version stands against; `null` stands for "deleted". */
export interface FeedConflict {
  id: string;
  base: ActivityFile | null;
  theirs: ActivityFile | null;
  mine: Activity | null;
}

export interface FeedPlan {
  puts: Activity[];
  deletes: string[];
  conflicts: FeedConflict[];
  /** Ids where the analyst's version and the feed's now agree (or the feed's was taken): no conflict stands. */
  settled: string[];
  /** Ids the merge looked at, for progress and tests. */
  seen: number;
}

/** The analyst's (or another feed's) record: never overwritten by this feed. */
const isOwnedElsewhere = (m: Activity, origin: FeedOrigin) => m.origin !== origin && m.origin !== 'embedded';

/** The stored form of a feed record; the write that stores it adds its revision (db/feedWrites `stampedAt`). */
export const asFeedRecord = (r: ActivityFile, origin: FeedOrigin): Activity => ({ ...r, origin });

/**
 * What a sync does. The rules:
 * - a new feed record is stored; a changed one replaces the stored copy if that copy is the feed's own (or the
 *   embedded data set's, which the team's feed supersedes); a record gone from the feed is deleted if it is the
 *   feed's own copy;
 * - a record an analyst edited (or another feed owns) is never written: if the feed changed it (or deleted it) and
 *   the two now differ, it is listed as a conflict for the analyst to settle;
 * - a record the analyst deleted stays deleted; a feed change to it is a conflict too.
 */
export function planFeedMerge({ origin, base, theirs, mine }: MergeInput): FeedPlan {
  const plan: FeedPlan = { puts: [], deletes: [], conflicts: [], settled: [], seen: 0 };
  const ids = new Set([...base.keys(), ...theirs.keys()]);
  for (const id of ids) {
    plan.seen += 1;
    const b = base.get(id) ?? null;
    const t = theirs.get(id) ?? null;
    const m = mine.get(id) ?? null;
    if (m === null) {
      if (t === null) continue;
      if (b === null) plan.puts.push(asFeedRecord(t, origin));
      // Stored before and missing now: the analyst deleted it.
      else if (!sameRecord(b, t)) plan.conflicts.push({ id, base: b, theirs: t, mine: null });
      continue;
    }
    const mineFile = toFileRecord(m);
    if (!isOwnedElsewhere(m, origin)) {
      if (t === null) {
        if (m.origin === origin) plan.deletes.push(id);
      } else if (!sameRecord(mineFile, t) || m.origin !== origin) {
        // The same content from the embedded set is taken over too, so the feed's later changes reach it.
        plan.puts.push(asFeedRecord(t, origin));
      }
      continue;
    }
    if (t !== null && sameRecord(mineFile, t)) plan.settled.push(id);
    else if (b !== null && t !== null && sameRecord(b, t)) continue;
    else plan.conflicts.push({ id, base: b, theirs: t, mine: m });
  }
  return plan;
}
