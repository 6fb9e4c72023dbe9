// Credentials by expiry, for the Home page. On its own, so that the first download carries this one
// hook and not the learning pages' (api/keys.ts: `learningKeys.expiring`).
import type { learningApi } from '@shared/learning/learning.contract.ts';
import { useQuery } from '@tanstack/react-query';
import { api, endpointRef } from '../../../api/client.ts';
import { learningKeys } from '../../../api/keys.ts';

const expiring = endpointRef<typeof learningApi.expiring>('GET', '/api/v1/learning/expiring');

/** Credentials whose last valid day is within `within` days, expired ones first, then the soonest. */
export function useExpiring(within: number) {
  return useQuery({
    queryKey: learningKeys.expiring(within),
    queryFn: async () => (await api.call(expiring, { query: { within: String(within) } })).items,
  });
}
