import type { Activity, ActivityFile } from '../domain/activity';

export const newBatchId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** A record as an analyst's change stores it: `origin: 'analyst'` (embedded updates never overwrite it). */
export const asAnalyst = (r: ActivityFile, at: string): Activity => ({ ...r, origin: 'analyst', updatedAt: at });
