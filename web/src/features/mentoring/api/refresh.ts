// What a mentoring change refreshes, as api/keys.ts writes it down (`mentoringKeys`).
import { useQueryClient } from '@tanstack/react-query';
import { goalsKey, mentoringKey, networkKeys } from '../../../api/keys.ts';

export interface RefreshOptions {
  /** A session: also an interaction with the mentor's contact, when the mentorship has one. */
  network?: boolean;
  /** A goal's visibility changed: the goals' own lists and pages too. */
  goals?: boolean;
}

/** Any mentoring change refreshes the whole mentoring root, and what else it touched. */
export function useRefreshMentoring() {
  const queryClient = useQueryClient();
  return ({ network = false, goals = false }: RefreshOptions = {}) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: mentoringKey }),
      ...(network
        ? [
            queryClient.invalidateQueries({ queryKey: networkKeys.contacts() }),
            queryClient.invalidateQueries({ queryKey: networkKeys.due() }),
          ]
        : []),
      ...(goals ? [queryClient.invalidateQueries({ queryKey: goalsKey })] : []),
    ]);
}
