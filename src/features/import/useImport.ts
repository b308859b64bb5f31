import { useEffect, useRef, useState } from 'react';
import type { ImportSummary } from '../../domain/formats/diff';
import type { Problem } from '../../domain/formats/problems';
import type { ImportOutcome } from '../../db/importWrites';
import { useImportWritten, useInvalidateActivities } from '../../db/mutations';
import { withPendingImport } from '../../db/pendingImport';
import type { ImportProgress } from './importJob';
import { openImportSession, type ImportSession } from './importSession';

export type ImportStage =
  | { kind: 'idle' }
  | { kind: 'checking'; file: string; progress: ImportProgress | null }
  | { kind: 'problems'; file: string; problems: Problem[]; count: number }
  | { kind: 'preview'; file: string; summary: ImportSummary; error?: unknown }
  | { kind: 'writing'; file: string; summary: ImportSummary; progress: ImportProgress | null }
  | { kind: 'done'; file: string; outcome: ImportOutcome };

/**
 * The import page's state: one session (worker) per chosen file, from the check through the preview to the write.
 * Choosing another file or cancelling ends the session; its late messages are ignored.
 */
export function useImport() {
  const [stage, setStage] = useState<ImportStage>({ kind: 'idle' });
  const session = useRef<ImportSession | null>(null);
  // A session started ahead of the next file (worker loaded, database open), so a check starts at once.
  const spare = useRef<ImportSession | null>(null);
  const invalidate = useInvalidateActivities();
  const written = useImportWritten();

  const open = () => {
    let mine: ImportSession | null = null;
    mine = openImportSession((progress) => {
      if (session.current !== mine) return;
      setStage((s) => (s.kind === 'checking' || s.kind === 'writing' ? { ...s, progress } : s));
    });
    void mine.warm();
    return mine;
  };

  useEffect(() => {
    spare.current = open();
    return () => {
      spare.current?.dispose();
      spare.current = null;
      session.current?.dispose();
      session.current = null;
    };
  }, []); // once per page: `open` only touches refs and state setters

  /** Ends the current session and readies the next one (after, so it does not compete with this one's work). */
  const end = () => {
    session.current?.dispose();
    session.current = null;
    spare.current ??= open();
  };

  const choose = async (file: File) => {
    end();
    const mine = spare.current ?? open();
    spare.current = null;
    session.current = mine;
    setStage({ kind: 'checking', file: file.name, progress: null });
    try {
      const r = await mine.check(file);
      if (session.current !== mine) return;
      if (r.ok) return setStage({ kind: 'preview', file: file.name, summary: r.summary });
      end();
      setStage({ kind: 'problems', file: file.name, problems: r.problems, count: r.problemCount });
    } catch (e) {
      if (session.current !== mine) return;
      end();
      const value = e instanceof Error ? e.message : String(e);
      const problems: Problem[] = [{ file: file.name, field: '(file)', code: 'invalid', params: { value } }];
      setStage({ kind: 'problems', file: file.name, problems, count: 1 });
    }
  };

  const confirm = async () => {
    const s = session.current;
    if (stage.kind !== 'preview' || !s) return;
    const { file, summary } = stage;
    setStage({ kind: 'writing', file, summary, progress: null });
    try {
      // Noted while it runs, so a page closed mid-write is reported on the next visit (see pendingImport.ts).
      const outcome = await withPendingImport(file, summary.created + summary.changed, () => s.write(file));
      if (session.current === s) end();
      void written(outcome, file);
      setStage({ kind: 'done', file, outcome });
    } catch (error) {
      // The write was one transaction: nothing of it was kept, and the checked records are still there to retry.
      void invalidate();
      setStage({ kind: 'preview', file, summary, error });
    }
  };

  const cancel = () => {
    end();
    setStage({ kind: 'idle' });
  };

  return { stage, choose, confirm, cancel };
}
