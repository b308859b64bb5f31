import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { activityKeys } from './queries';
import { feedKeys } from './feedKeys';
import { changesSinceSync, listConflicts, listFeeds, settleConflict, subscribeFeed, unsubscribeFeed } from './feeds';

export const useFeeds = () => useQuery({ queryKey: feedKeys.list(), queryFn: listFeeds });
export const useFeedConflicts = (address: string) =>
  useQuery({ queryKey: feedKeys.conflicts(address), queryFn: () => listConflicts(address) });

function useFeedWrite<TVars, TResult>(fn: (v: TVars) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => client.invalidateQueries({ queryKey: activityKeys.all }) });
}

export const useSubscribe = () => useFeedWrite(subscribeFeed);
export const useUnsubscribe = () => useFeedWrite(unsubscribeFeed);
export const useSettleConflict = () =>
  useFeedWrite((v: { address: string; id: string; take: 'theirs' | 'mine' }) =>
    settleConflict(v.address, v.id, v.take),
  );
export { changesSinceSync, feedKeys };
