import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthenticated } from './client.ts';
import { meKey } from './keys.ts';

/**
 * The app's query client. When any query answers 401 the session has ended (expired, signed out
 * elsewhere, password changed on another device): forget the user so the shell sends them to sign in.
 * Mutations are left alone because a 401 there can mean "wrong current password".
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError(error, query) {
        if (isUnauthenticated(error) && query.queryKey[0] !== meKey[0]) client.setQueryData(meKey, null);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Client errors (4xx) will not fix themselves by asking again.
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      },
    },
  });
  return client;
}
