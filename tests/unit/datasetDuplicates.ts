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
 * Reviewed pairs that the duplicate rule flags but that are distinct events, each with the reason. Keep it short:
 * a pair belongs here only after checking both releases (or reports) it rests on.
 */
export const DISTINCT_EVENTS: { ids: [string, string]; reason: string }[] = [
  {
    ids: ['2026-01-us-ambassador-copy-of-credentials', '2026-01-us-ambassador-arrival'],
    reason: 'Landing at the Callao air base (Gestión ¶1) vs. the later protocol meeting with De Zela (ABC ¶1).',
  },
  {
    ids: ['2026-01-us-ambassador-copy-of-credentials', '2026-01-washington-embassy-reception-navarro'],
    reason: "A reception at Peru's embassy in Washington days before the flight (Gestión ¶4), not the Lima meeting.",
  },
  {
    ids: ['2026-01-us-ambassador-arrival', '2026-01-washington-embassy-reception-navarro'],
    reason: 'Gestión reports both: the Washington reception came days before the 29 January arrival in Callao.',
  },
  {
    ids: ['2026-01-oas-catedra-de-las-americas', '2026-01-panama-meeting-oas-secretary-general'],
    reason:
      "Ramdin's lecture in Lima on 15 January (ABC, 13 Jan) vs. the meeting foreseen at the Panama forum (Gestión ¶7).",
  },
  {
    ids: ['2026-01-jeri-offer-venezuelan-returns', '2026-01-venezuela-statement'],
    reason:
      "The President's post on X about returns vs. the ministry's Official Communiqué 001-2026 on the transition.",
  },
  {
    ids: ['2025-11-consular-relations-with-mexico-kept', '2025-11-de-zela-outlines-asylum-proposal'],
    reason: 'Keeping consular ties after the break (3–5 Nov) vs. an interview on the OAS asylum proposal (Gestión).',
  },
  {
    ids: ['2026-02-us-leaders-summit-attendance-declined', '2026-02-middle-east-statement'],
    reason: 'Same day, two statements: De Zela on skipping the 7 March summit vs. the communiqué on the Iran strikes.',
  },
];

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
