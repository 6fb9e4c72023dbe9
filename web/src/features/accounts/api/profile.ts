import type { accountApi } from '@shared/accounts/account.contract.ts';
import type { BodyOf } from '@shared/http/contract.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { meKey } from '../../../api/keys.ts';
import { accountEndpoints } from './endpoints.ts';
import { forgetSession } from './session.ts';

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof accountApi.updateMe>) => api.call(accountEndpoints.updateMe, { body }),
    onSuccess: ({ user }) => queryClient.setQueryData(meKey, user),
  });
}

/** Changes the password; the server keeps this session and ends every other one. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: BodyOf<typeof accountApi.changePassword>) =>
      api.call(accountEndpoints.changePassword, { body }),
  });
}

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof accountApi.deleteMe>) => api.call(accountEndpoints.deleteMe, { body }),
    onSuccess: () => forgetSession(queryClient),
  });
}
