// What a change of the network refreshes, as api/keys.ts writes it down (`networkKeys`).
import { useQueryClient } from '@tanstack/react-query';
import { goalsKey, networkKeys } from '../../../api/keys.ts';

/**
 * A contact or interaction change: the contact lists, single contacts and their timelines (the
 * `contacts` branch), the due list, and the goals when an interaction's check-in may have moved.
 */
export function useRefreshNetwork() {
  const queryClient = useQueryClient();
  return ({ goals }: { goals: boolean }) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: networkKeys.contacts() }),
      queryClient.invalidateQueries({ queryKey: networkKeys.due() }),
      ...(goals ? [queryClient.invalidateQueries({ queryKey: goalsKey })] : []),
    ]);
}
