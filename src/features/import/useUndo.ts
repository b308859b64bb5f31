import { useEffect, useRef, useState } from 'react';
import { useInvalidateActivities } from '../../db/mutations';
import type { ImportProgress, UndoOutcome } from './importJob';
import { openImportSession, type ImportSession } from './importSession';

type UndoState =
  | { kind: 'idle' }
  | { kind: 'undoing'; progress: ImportProgress | null }
  | { kind: 'done'; outcome: UndoOutcome }
  | { kind: 'failed'; error: unknown };

/**
 * Undoing an import runs in the import worker as the import did: undoing 100,000 records is 100,000 deletions,
 * which on the page's thread held it for up to half a second at a time. One transaction, as before.
 */
export function useUndo() {
  const [state, setState] = useState<UndoState>({ kind: 'idle' });
  const session = useRef<ImportSession | null>(null);
  const invalidate = useInvalidateActivities();
  useEffect(() => () => session.current?.dispose(), []);

  const undo = async (batchId: string) => {
    session.current?.dispose();
    const mine = openImportSession((progress) => setState({ kind: 'undoing', progress }));
    session.current = mine;
    setState({ kind: 'undoing', progress: null });
    try {
      setState({ kind: 'done', outcome: await mine.undo(batchId) });
    } catch (error) {
      setState({ kind: 'failed', error });
    } finally {
      mine.dispose();
      if (session.current === mine) session.current = null;
      void invalidate();
    }
  };
  return { state, undo };
}
