// A small client for chaos tests against a real server process: never throws, so a refused or
// reset connection is counted like any other answer (status 0).

export interface Reply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: answers are inspected freely
  json: any;
  /** The network error's code when there was no answer (ECONNREFUSED, ECONNRESET, …). */
  error?: string;
}

export interface Ask {
  method?: string;
  path: string;
  body?: unknown;
  cookie?: string;
  timeoutMs?: number;
}

export async function ask(origin: string, a: Ask): Promise<Reply> {
  const headers: Record<string, string> = { origin };
  if (a.body !== undefined) headers['content-type'] = 'application/json';
  if (a.cookie) headers.cookie = a.cookie;
  try {
    const res = await fetch(`${origin}${a.path}`, {
      method: a.method ?? 'GET',
      headers,
      ...(a.body !== undefined ? { body: JSON.stringify(a.body) } : {}),
      signal: AbortSignal.timeout(a.timeoutMs ?? 30_000),
    });
    const text = await res.text();
    let json: unknown = text;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {}
    const cookie = /trellis_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
    return { status: res.status, json: cookie ? { ...(json as object), cookie } : json };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    return { status: 0, json: undefined, error: cause?.code ?? (err as Error).name };
  }
}

/** Signs a new person up on the server and answers their session cookie. */
export async function signUpAt(origin: string, email: string, password = 'a long enough password') {
  const res = await ask(origin, {
    method: 'POST',
    path: '/api/v1/auth/register',
    body: { email, name: 'Chaos Tester', password },
  });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.json)}`);
  return { cookie: res.json.cookie as string, password };
}

/** Runs `worker` on `concurrency` lanes until `total` calls were made; answers every result. */
export async function pool<T>(
  total: number,
  concurrency: number,
  worker: (i: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        results[i] = await worker(i);
      }
    }),
  );
  return results;
}

/** Polls until `check` is true or `ms` pass; answers whether it became true. */
export async function eventually(check: () => Promise<boolean>, ms: number, every = 200): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, every));
  }
  return check();
}
