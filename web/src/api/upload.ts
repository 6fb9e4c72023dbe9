// Imports take the file itself as the request's body (CSV, OPML), not JSON: sent with fetch, as the
// API client sends JSON, and its failures read into the same ApiError. The browser adds the Origin
// header the server checks on every cookie-authenticated POST.
import type { ErrorBody } from '@shared/http/common.schema.ts';
import type { Endpoint, ResponseOf } from '@shared/http/contract.ts';
import { ApiError } from './client.ts';

/** POSTs `file` as the raw body of `endpoint`, labelled `contentType` whatever the file says it is. */
export async function uploadFile<E extends Endpoint>(
  endpoint: E,
  file: Blob,
  contentType: string,
): Promise<ResponseOf<E>> {
  const res = await fetch(endpoint.path, {
    method: endpoint.method,
    headers: { accept: 'application/json', 'content-type': contentType },
    body: file,
    credentials: 'same-origin',
  });
  const text = await res.text();
  const json: unknown = text ? parseJson(text) : undefined;
  if (!res.ok) {
    const err = (json as Partial<ErrorBody> | undefined)?.error;
    throw new ApiError(res.status, err ?? withoutBody(res.status));
  }
  return json as ResponseOf<E>;
}

/** A body that is not JSON (a proxy's HTML error page) reads as nothing, and the status speaks. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What a failure without the API's error body means (a proxy refused it, say). */
function withoutBody(status: number): ErrorBody['error'] {
  if (status === 413) return { code: 'payload_too_large', message: 'The file is too large.', requestId: '' };
  return { code: 'internal', message: `HTTP ${status}`, requestId: '' };
}
