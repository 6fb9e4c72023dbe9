// The keep-in-touch defaults by role. Keys from api/keys.ts (`networkKeys.settings`).
import type { BodyOf } from '@shared/http/contract.ts';
import type { networkApi } from '@shared/network/network.contract.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { networkKey, networkKeys } from '../../../api/keys.ts';
import { networkEndpoints } from './endpoints.ts';

export type SettingsChange = BodyOf<typeof networkApi.updateSettings>;

/** The default cadence in days of each role that has one. */
export function useNetworkSettings() {
  return useQuery({
    queryKey: networkKeys.settings(),
    queryFn: () => api.call(networkEndpoints.settings),
  });
}

/**
 * Merges defaults into the settings (null removes a role's). Every clock that counts from a default
 * moves with it: the contacts and the due list as well as the settings.
 */
export function useUpdateNetworkSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingsChange) => api.call(networkEndpoints.updateSettings, { body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(networkKeys.settings(), saved);
      return queryClient.invalidateQueries({ queryKey: networkKey });
    },
  });
}
