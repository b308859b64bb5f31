import type { Activity, ActivityFile } from '../domain/activity';

export const newBatchId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * A record as an analyst's change stores it: `origin: 'analyst'` (embedded updates never overwrite it), written
 * at `at` (`storedAt`, the revision). `updatedAt` is `at` too, unless an import keeps the one its file gave.
 */
export const asAnalyst = (r: ActivityFile, at: string, updatedAt: string = at): Activity => ({
  ...r,
  origin: 'analyst',
  updatedAt,
  storedAt: at,
});
