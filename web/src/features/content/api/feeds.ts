// Feeds and their inbox: the feeds followed, following and unfollowing, refreshing, the inbox a page
// at a time, and queueing or dismissing its items. Keys from api/keys.ts (`contentKeys.feeds…`).
import type { feedApi } from '@shared/content/content.contract.ts';
import type { BodyOf } from '@shared/http/contract.ts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { contentKeys } from '../../../api/keys.ts';
import { contentEndpoints, feedEndpoints } from './endpoints.ts';

/** Inbox items a page holds. */
export const INBOX_PAGE = 20;

/** The feeds followed, by title, each with its count of new items and its last error. */
export function useFeeds() {
  return useQuery({
    queryKey: contentKeys.feedList(),
    queryFn: async () => (await api.call(feedEndpoints.listFeeds)).items,
  });
}

/** The new items of every feed, newest first, a page at a time (`fetchNextPage` follows `nextCursor`). */
export function useInbox() {
  const query = { limit: String(INBOX_PAGE) };
  return useInfiniteQuery({
    queryKey: contentKeys.inbox(),
    queryFn: ({ pageParam }) =>
      api.call(contentEndpoints.inbox, { query: pageParam ? { ...query, cursor: pageParam } : query }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Anything that changes a feed or its items: the feeds (their counts and errors) and the inbox. */
function useRefreshFeeds() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: contentKeys.feeds() });
}

/** Follows a feed: the server fetches it once now, and keeps nothing when that fails. */
export function useSubscribe() {
  const refresh = useRefreshFeeds();
  return useMutation({
    mutationFn: (body: BodyOf<typeof feedApi.subscribe>) => api.call(feedEndpoints.subscribe, { body }),
    onSuccess: () => refresh(),
  });
}

/** Stops following a feed: its items leave the inbox; what was queued from them stays in the log. */
export function useDeleteFeed() {
  const refresh = useRefreshFeeds();
  return useMutation({
    mutationFn: (id: string) => api.call(feedEndpoints.deleteFeed, { params: { id } }),
    onSuccess: () => refresh(),
  });
}

/**
 * Fetches a feed now. A failure is recorded as the feed's last error, so the feeds are refreshed
 * whatever the answer.
 */
export function useRefreshFeed() {
  const refresh = useRefreshFeeds();
  return useMutation({
    mutationFn: (id: string) => api.call(feedEndpoints.refreshFeed, { params: { id } }),
    onSettled: () => refresh(),
  });
}

/** Queues an inbox item as a content entry: the inbox and the feeds' counts change, and the log. */
export function useQueueItem() {
  const queryClient = useQueryClient();
  const refresh = useRefreshFeeds();
  return useMutation({
    mutationFn: (id: string) => api.call(feedEndpoints.queueItem, { params: { id } }),
    onSuccess: ({ content }) => {
      queryClient.setQueryData(contentKeys.one(content.id), content);
      return Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: contentKeys.entries() })]);
    },
  });
}

/** Hides an inbox item for good. */
export function useDismissItem() {
  const refresh = useRefreshFeeds();
  return useMutation({
    mutationFn: (id: string) => api.call(feedEndpoints.dismissItem, { params: { id } }),
    onSuccess: () => refresh(),
  });
}
