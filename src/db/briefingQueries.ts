import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addBriefingItem,
  addBriefingItems,
  clearBriefing,
  getBriefingAuthor,
  getBriefingTitle,
  listBriefing,
  moveBriefingItem,
  removeBriefingItem,
  setBriefingAuthor,
  setBriefingTitle,
  updateBriefingText,
  type NewBriefingItem,
} from './briefing';

/** Query module of the briefing: every write invalidates `briefingKeys.all`, so the page and the buttons agree. */
export const briefingKeys = {
  all: ['briefing'] as const,
  items: () => [...briefingKeys.all, 'items'] as const,
  title: () => [...briefingKeys.all, 'title'] as const,
  author: () => [...briefingKeys.all, 'author'] as const,
};

export const briefingQueryOptions = () => queryOptions({ queryKey: briefingKeys.items(), queryFn: listBriefing });
export const briefingTitleQueryOptions = () =>
  queryOptions({ queryKey: briefingKeys.title(), queryFn: getBriefingTitle });

export const useBriefing = () => useQuery(briefingQueryOptions());
export const useBriefingTitle = () => useQuery(briefingTitleQueryOptions());
export const useBriefingAuthor = () =>
  useQuery(queryOptions({ queryKey: briefingKeys.author(), queryFn: getBriefingAuthor }));

function useBriefingMutation<V>(fn: (v: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: briefingKeys.all }),
  });
}

export const useAddToBriefing = () => useBriefingMutation((item: NewBriefingItem) => addBriefingItem(item));
export const useAddManyToBriefing = () =>
  useBriefingMutation((items: readonly NewBriefingItem[]) => addBriefingItems(items));
export const useRemoveFromBriefing = () => useBriefingMutation((id: string) => removeBriefingItem(id));
export const useMoveInBriefing = () =>
  useBriefingMutation(({ id, direction }: { id: string; direction: -1 | 1 }) => moveBriefingItem(id, direction));
export const useUpdateBriefingText = () =>
  useBriefingMutation(({ id, text }: { id: string; text: string }) => updateBriefingText(id, text));
export const useSetBriefingTitle = () => useBriefingMutation((title: string) => setBriefingTitle(title));
export const useSetBriefingAuthor = () => useBriefingMutation((author: string) => setBriefingAuthor(author));
export const useClearBriefing = () => useBriefingMutation(() => clearBriefing());
