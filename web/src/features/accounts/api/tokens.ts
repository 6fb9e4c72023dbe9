import type { accountApi } from '@shared/accounts/account.contract.ts';
import type { BodyOf } from '@shared/http/contract.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { tokensKey } from '../../../api/keys.ts';
import { accountEndpoints } from './endpoints.ts';

/** The signed-in person's personal API tokens (never the secrets themselves). */
export function useTokens() {
  return useQuery({
    queryKey: tokensKey,
    queryFn: async () => (await api.call(accountEndpoints.listTokens)).items,
  });
}

/** Creates a token; the answer is the only place its secret ever appears. */
export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof accountApi.createToken>) =>
      api.call(accountEndpoints.createToken, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.call(accountEndpoints.revokeToken, { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
