import type { Activity, ActivityFile } from '../domain/activity';

export const newBatchId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * A record as an analyst's change stores it: `origin: 'analyst'` (embedded updates never overwrite it), written
 * at `at`. `updatedAt` is `at` too, unless an import keeps the one its file gave: then `storedAt` holds `at`
 * (see activitySchema), so a record stored at its own `updatedAt` looks exactly as it always did.
 */
export const asAnalyst = (r: ActivityFile, at: string, updatedAt: string = at): Activity => ({
  ...r,
  origin: 'analyst',
  updatedAt,
  ...(updatedAt !== at && { storedAt: at }),
});
