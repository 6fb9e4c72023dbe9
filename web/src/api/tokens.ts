import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountApi } from '../../../src/accounts/account.contract.ts';
import type { BodyOf } from '../../../src/platform/http/contract.ts';
import { api } from './client.ts';
import { tokensKey } from './keys.ts';

/** The signed-in person's personal API tokens (never the secrets themselves). */
export function useTokens() {
  return useQuery({
    queryKey: tokensKey,
    queryFn: async () => (await api.call(accountApi.listTokens)).items,
  });
}

/** Creates a token; the answer is the only place its secret ever appears. */
export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof accountApi.createToken>) => api.call(accountApi.createToken, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.call(accountApi.revokeToken, { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
