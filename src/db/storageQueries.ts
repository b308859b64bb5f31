import { useQuery } from '@tanstack/react-query';
import { requestPersistence } from './storage';

/**
 * The storage-persistence query on its own: the footer shows it on every page, and importing it from the write
 * hooks (mutations.ts) pulled the import, backup and validation code (zod included) into the start-up bundle.
 */
export const storageKeys = { all: ['storage'] as const };

export const useStorageInfo = () =>
  useQuery({ queryKey: storageKeys.all, queryFn: requestPersistence, staleTime: Infinity, retry: false });
