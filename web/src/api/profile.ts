import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountApi } from '../../../src/accounts/account.contract.ts';
import type { BodyOf } from '../../../src/platform/http/contract.ts';
import { api } from './client.ts';
import { meKey } from './keys.ts';
import { forgetSession } from './session.ts';

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof accountApi.updateMe>) => api.call(accountApi.updateMe, { body }),
    onSuccess: ({ user }) => queryClient.setQueryData(meKey, user),
  });
}

/** Changes the password; the server keeps this session and ends every other one. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: BodyOf<typeof accountApi.changePassword>) =>
      api.call(accountApi.changePassword, { body }),
  });
}

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof accountApi.deleteMe>) => api.call(accountApi.deleteMe, { body }),
    onSuccess: () => forgetSession(queryClient),
  });
}
