import { useQuery } from '@tanstack/react-query';
import { loadAtlas, type Resolution } from './atlas';

/** The atlas never changes while the app runs: load each resolution once and keep it. */
export function useAtlas(resolution: Resolution) {
  return useQuery({
    queryKey: ['atlas', resolution],
    queryFn: () => loadAtlas(resolution),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
