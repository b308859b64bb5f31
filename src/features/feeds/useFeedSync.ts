import { useEffect, useRef, useState } from 'react';
import { classifyWriteError } from '../../db/errors';
import { useInvalidateActivities } from '../../db/mutations';
import { openFeedSession } from './feedSession';
import type { SyncProgress, SyncResult } from './syncFeed';

/** A sync's result as the page shows it: `closed` when the session refused it (the database was closed elsewhere). */
export type FeedPageResult = SyncResult | { kind: 'closed' };

export interface SyncState {
  running: Record<string, SyncProgress | null>;
  results: Record<string, FeedPageResult>;
}

/** Sync on demand from the Feeds page, in the feed worker; every list refetches after each sync, before its result shows. */
export function useFeedSync() {
  const [state, setState] = useState<SyncState>({ running: {}, results: {} });
  const session = useRef<ReturnType<typeof openFeedSession> | null>(null);
  const invalidate = useInvalidateActivities();

  useEffect(() => {
    session.current = openFeedSession((address, p) =>
      setState((s) => ({ ...s, running: { ...s.running, [address]: p } })),
    );
    return () => session.current?.dispose();
  }, []);

  const sync = async (address: string) => {
    if (!session.current) return;
    setState((s) => ({ ...s, running: { ...s.running, [address]: null } }));
    let result: FeedPageResult;
    try {
      result = await session.current.sync(address);
    } catch (e) {
      result =
        classifyWriteError(e) === 'closed'
          ? { kind: 'closed' }
          : { kind: 'failed', failure: { code: 'write', detail: e instanceof Error ? e.message : String(e) } };
    }
    const done = (s: SyncState): SyncState => {
      const running = { ...s.running };
      delete running[address];
      return { running, results: { ...s.results, [address]: result } };
    };
    // Refused before anything was read or written: there is nothing to refetch (and the lists cannot be read).
    if (result.kind === 'closed') return setState(done);
    setState((s) => ({ ...s, running: { ...s.running, [address]: { phase: 'refresh', done: 0, total: 0 } } }));
    // The lists first, then the result: the result line and the card's "Last synced" must change together (the
    // refetch after a large sync takes a while, and a "Synced" beside "Never synced" reads as a failure).
    await invalidate();
    setState(done);
  };

  return { ...state, sync };
}
