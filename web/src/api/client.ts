import { ApiError, createApiClient } from '../../../src/client/api-client.ts';

/** The one API client of the web app: same origin, session cookie sent by the browser. */
export const api = createApiClient();

export { ApiError };

/** True when an error means "you are not signed in (any more)". */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
