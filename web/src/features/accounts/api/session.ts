import type { accountApi } from '@shared/accounts/account.contract.ts';
import type { User } from '@shared/accounts/account.schema.ts';
import type { BodyOf } from '@shared/http/contract.ts';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../../api/client.ts';
import { instanceKey, meKey } from '../../../api/keys.ts';
import { browserTimeZone } from '../../../components/timeZones.ts';
import { accountEndpoints } from './endpoints.ts';

// Set by a deliberate sign-out, cleared by the next sign-in or sign-up.
let signedOutOnPurpose = false;

/** The signed-in person, `null` when signed out, `undefined` while the first answer is on its way. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<User | null> => {
      try {
        return (await api.call(accountEndpoints.me)).user;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
  });
}

/** Public facts about this instance: whether sign-up is open, whether anyone has an account yet. */
export function useInstance() {
  return useQuery({ queryKey: instanceKey, queryFn: () => api.call(accountEndpoints.instance) });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof accountApi.login>) => api.call(accountEndpoints.login, { body }),
    onSuccess: ({ user }) => {
      // Whatever was cached belonged to the previous session, if any.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      signedOutOnPurpose = false;
      queryClient.setQueryData(meKey, user);
    },
  });
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BodyOf<typeof accountApi.register>) => {
      const { user } = await api.call(accountEndpoints.register, { body });
      return { user: await adoptBrowserTimeZone(user) };
    },
    onSuccess: ({ user }) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      signedOutOnPurpose = false;
      queryClient.setQueryData(meKey, user);
      void queryClient.invalidateQueries({ queryKey: instanceKey });
    },
  });
}

/**
 * Ends the session and forgets it. A deliberate sign-out is remembered once, so the page guard
 * does not offer the page it happened on as the way back after the next sign-in.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.call(accountEndpoints.logout),
    onSuccess: () => {
      signedOutOnPurpose = true;
      forgetSession(queryClient);
    },
  });
}

/** True after a deliberate sign-out (as opposed to a session that expired), until the next sign-in. */
export const signedOutDeliberately = (): boolean => signedOutOnPurpose;

/** Drops everything cached for the person who was signed in. */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
  queryClient.setQueryData(meKey, null);
}

/**
 * A new account starts in the server's default zone, which is rarely the person's: adopt the
 * browser's, once. Failing here must not fail the sign-up; the zone can be set on the Account page.
 */
async function adoptBrowserTimeZone(user: User): Promise<User> {
  const zone = browserTimeZone();
  if (!zone || zone === user.timezone) return user;
  try {
    return (await api.call(accountEndpoints.updateMe, { body: { timezone: zone } })).user;
  } catch {
    return user;
  }
}
