import { useMemo } from 'react';
import { localIsoDate } from './export/fileName';

/**
 * The reader's calendar day (YYYY-MM-DD, local time), read once per mounted view: the pure derivations that
 * depend on it (isOverdue) take it as an argument, so they are tested with any day.
 */
export function useToday(): string {
  return useMemo(() => localIsoDate(new Date()), []);
}
