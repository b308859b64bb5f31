import type { ActivityFile } from '../../src/domain/activity';
import { activityInterval } from '../../src/domain/dates';

/**
 * What the record is "with": its counterpart countries and organisations, or — for a domestic activity with neither —
 * the places it happened in. A record with none of these has no counterpart and cannot be matched.
 */
function counterparts(a: ActivityFile): Set<string> {
  const parties = [...a.countries, ...a.organizations];
  if (parties.length > 0) return new Set(parties.map((p) => `party:${p}`));
  return new Set(a.places.map((p) => `place:${p.name}`));
}

function overlaps(a: ActivityFile, b: ActivityFile): boolean {
  const [aStart, aEnd] = activityInterval(a);
  const [bStart, bEnd] = activityInterval(b);
  return aStart <= bEnd && bStart <= aEnd;
}

/**
 * Pairs of records that look like the same event: same type, overlapping dates and a shared counterpart. Two
 * releases reporting one event must make one record (the second release goes in additionalSources).
 */
export function likelyDuplicates(records: ActivityFile[]): [string, string][] {
  const found: [string, string][] = [];
  records.forEach((a, i) => {
    const mine = counterparts(a);
    for (const b of records.slice(i + 1)) {
      if (a.type !== b.type || !overlaps(a, b)) continue;
      if ([...counterparts(b)].some((c) => mine.has(c))) found.push([a.id, b.id]);
    }
  });
  return found;
}
