import type { ErrorBody } from './http/common.schema.ts';
import type { CallArgs, Endpoint, ResponseOf } from './http/contract.ts';

/** An API failure, carrying the server's error code, message and per-field issues. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody['error'],
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
  get code() {
    return this.body.code;
  }
  /** The message for one field, by its dotted path (`metric.target`). */
  issueFor(path: string): string | undefined {
    return this.body.issues?.find((i) => i.path === path)?.message;
  }
}

export interface ApiClientOptions {
  /** Base URL; empty for same-origin calls from the web app. */
  baseUrl?: string;
  /** Personal API token, sent as a bearer token. */
  token?: string;
  fetch?: typeof fetch;
}

function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:([A-Za-z_]+)/g, (_, name: string) =>
    encodeURIComponent(String(params?.[name] ?? '')),
  );
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** One typed client for the web app, the CLI and scripts: `api.call(goalApi.get, {params: {id}})`. */
export function createApiClient(options: ApiClientOptions = {}) {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  return {
    async call<E extends Endpoint>(
      e: E,
      ...[args]: CallArgs<E> extends { body: unknown } | { params: unknown } ? [CallArgs<E>] : [CallArgs<E>?]
    ): Promise<ResponseOf<E>> {
      const a = (args ?? {}) as {
        params?: Record<string, unknown>;
        query?: Record<string, unknown>;
        body?: unknown;
      };
      const headers: Record<string, string> = { accept: 'application/json' };
      if (a.body !== undefined) headers['content-type'] = 'application/json';
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      const res = await doFetch(
        `${options.baseUrl ?? ''}${fillPath(e.path, a.params)}${queryString(a.query)}`,
        {
          method: e.method,
          headers,
          body: a.body === undefined ? undefined : JSON.stringify(a.body),
          credentials: 'same-origin',
        },
      );
      if (res.status === 204) return undefined as ResponseOf<E>;
      const text = await res.text();
      const json: unknown = text ? JSON.parse(text) : undefined;
      if (!res.ok) {
        const err = (json as Partial<ErrorBody> | undefined)?.error;
        throw new ApiError(
          res.status,
          err ?? { code: 'internal', message: `HTTP ${res.status}`, requestId: '' },
        );
      }
      return json as ResponseOf<E>;
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
