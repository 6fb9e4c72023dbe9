// The practice log and the knowledge-vs-practice ledger. Keys from api/keys.ts (`practiceKeys`);
// what each change refreshes is written there.
import type { BodyOf } from '@shared/http/contract.ts';
import type { practiceApi } from '@shared/practice/practice.contract.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { goalsKey, practiceKey, practiceKeys } from '../../../api/keys.ts';
import { practiceEndpoints } from './endpoints.ts';

export type PracticeBody = BodyOf<typeof practiceApi.create>;
export type PracticeChange = BodyOf<typeof practiceApi.update>;

/** Practice entries, newest date first: all of them, or those of one skill. */
export function usePractice(filter: { skillId?: string } = {}, enabled = true) {
  return useQuery({
    queryKey: practiceKeys.list(filter),
    queryFn: async () => (await api.call(practiceEndpoints.list, { query: filter })).items,
    enabled,
  });
}

/** The ledger as of today: one row per skill with learning, practice or content, by name. */
export function useLedger() {
  return useQuery({
    queryKey: practiceKeys.ledger(),
    queryFn: async () => (await api.call(practiceEndpoints.ledger)).items,
  });
}

/** One skill's row of the ledger as of today: zeros when nothing is logged on it. */
export function useSkillLedger(skillId: string) {
  return useQuery({
    queryKey: practiceKeys.skillLedger(skillId),
    queryFn: () => api.call(practiceEndpoints.skillLedger, { params: { id: skillId } }),
    enabled: skillId !== '',
  });
}

/** A practice entry changes the lists, the ledger, and the goal it checks in on. */
function useRefreshPractice() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: practiceKey }),
      queryClient.invalidateQueries({ queryKey: goalsKey }),
    ]);
}

export function useCreatePractice() {
  const refresh = useRefreshPractice();
  return useMutation({
    mutationFn: (body: PracticeBody) => api.call(practiceEndpoints.create, { body }),
    onSuccess: refresh,
  });
}

export function useUpdatePractice() {
  const refresh = useRefreshPractice();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PracticeChange }) =>
      api.call(practiceEndpoints.update, { params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useDeletePractice() {
  const refresh = useRefreshPractice();
  return useMutation({
    mutationFn: (id: string) => api.call(practiceEndpoints.remove, { params: { id } }),
    onSuccess: refresh,
  });
}
