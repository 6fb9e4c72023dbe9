import { ApiError, createApiClient } from '@shared/api-client.ts';
import type { Endpoint } from '@shared/http/contract.ts';

/** The one API client of the web app: same origin, session cookie sent by the browser. */
export const api = createApiClient();

export { ApiError };

/** True when an error means "you are not signed in (any more)". */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/**
 * An endpoint of a shared contract, for `api.call`, named by its method and path alone:
 * `endpointRef<typeof goalApi.get>('GET', '/api/v1/goals/:id')`.
 *
 * Importing a contract itself would bring its zod schemas, and zod, into the first download of
 * every page, though the client reads nothing of an endpoint but its method and path. The type
 * argument keeps the contract the one source: tsc refuses a method or path that differs from it,
 * and the call's params, query, body and answer are typed by it as before. Only `method` and
 * `path` exist at run time.
 */
export function endpointRef<E extends Endpoint>(method: E['method'], path: E['path']): E {
  return { method, path } as E;
}
