import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActivityFile } from '../domain/activity';
import { activityKeys } from './queries';
import { deleteRecord, revertRecord, saveRecord, type Revision } from './writes';
import { lastImport, recordHistory, type LastImport } from './history';
import type { ImportOutcome } from './importWrites';
import { applyRestore, previewRestore, readBackup } from './backup';
import { knownSources } from './importPreview';
import type { Backup } from './backupFormat';
import { askPersistence } from './storageQueries';
import { noteBackup, settleLoss } from './markerStore';

/**
 * Write hooks. Every write invalidates `activityKeys.all`, and the history queries live under that key too, so
 * lists, record pages and histories all refetch after any change — or after a failed one, which is harmless.
 */
export const historyKeys = {
  record: (id: string) => [...activityKeys.all, 'history', id] as const,
  lastImport: () => [...activityKeys.all, 'lastImport'] as const,
  sources: () => [...activityKeys.all, 'knownSources'] as const,
};

export const useRecordHistory = (id: string) =>
  useQuery(queryOptions({ queryKey: historyKeys.record(id), queryFn: () => recordHistory(id) }));
export const useLastImport = () => useQuery({ queryKey: historyKeys.lastImport(), queryFn: lastImport });
export const useKnownSources = () =>
  useQuery({ queryKey: historyKeys.sources(), queryFn: knownSources, staleTime: Infinity });

function useInvalidating<TVars, TResult>(fn: (v: TVars) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onMutate: () => askPersistence(client),
    onSettled: () => client.invalidateQueries({ queryKey: activityKeys.all }),
  });
}

/** After a write done elsewhere (the import worker): every list, record page and history refetches. */
export function useInvalidateActivities(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: activityKeys.all });
}

/**
 * After an import written elsewhere (the worker): the Undo offer is known at once from the outcome — re-reading
 * it waits behind the refetch of every record, seconds at 100k — and everything else refetches.
 */
export function useImportWritten(): (outcome: ImportOutcome, note: string) => Promise<void> {
  const client = useQueryClient();
  return (o, note) => {
    const records = o.created + o.updated;
    // Nothing written, nothing to undo: the previous offer (if any) stands.
    const offer: LastImport = { batchId: o.batchId, at: o.at, note, records };
    if (records > 0) client.setQueryData(historyKeys.lastImport(), offer);
    askPersistence(client);
    return client.invalidateQueries({ queryKey: activityKeys.all });
  };
}

export const useSaveRecord = () =>
  useInvalidating((v: { record: ActivityFile; mode: 'create' | 'edit'; base?: Revision; reason?: string }) =>
    saveRecord(v.record, v.mode, v.base, v.reason),
  );
export const useRevertRecord = () =>
  useInvalidating((v: { version: ActivityFile; versionAt: string; base: Revision; reason?: string }) =>
    revertRecord(v.version, v.versionAt, v.base, v.reason),
  );
export const useDeleteRecord = () =>
  useInvalidating((v: { id: string; base?: Revision }) => deleteRecord(v.id, v.base));
export const usePreviewRestore = () => useMutation({ mutationFn: previewRestore });
/** A restore deals with a loss the start-up check found (see markerStore.ts). */
export const useApplyRestore = () =>
  useInvalidating((v: { backup: Backup; note: string }) =>
    applyRestore(v.backup, v.note).then((r) => {
      settleLoss();
      return r;
    }),
  );
/** Reading a backup for download: the marker notes when the last one was made. */
export const useReadBackup = () =>
  useMutation({
    mutationFn: () => readBackup(),
    onSuccess: (b) => noteBackup(b.createdAt),
  });
