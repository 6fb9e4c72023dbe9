import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { calendarFeedKey } from '../../../api/keys.ts';
import { calendarEndpoints } from './endpoints.ts';

/** Whether the person has a calendar feed, and since when; never its address. */
export function useCalendarFeed() {
  return useQuery({ queryKey: calendarFeedKey, queryFn: () => api.call(calendarEndpoints.feed) });
}

/** Makes a new feed address (the one before stops working); the answer is the only place it appears. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.call(calendarEndpoints.createFeed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedKey }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.call(calendarEndpoints.revokeFeed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedKey }),
  });
}
