// Cross-site request forgery: cookie-authenticated unsafe requests must come from our own origin.
import { describe, expect, it } from 'vitest';
import { type Answer, call, DIALECTS, expectError, useSignedIn, useTestApp } from '../../../test/harness.ts';

describe.each(DIALECTS)('origin checks on %s', (dialect) => {
  describe('without a public URL (the request host is the origin)', () => {
    const t = useTestApp(dialect);
    const me = useSignedIn(t, { token: 'setup' });

    /** Creates a token, sending `headers`, with the person's cookie unless another credential is given. */
    const createToken = (
      headers: Record<string, string>,
      credential: { cookie?: string; token?: string } = { cookie: me.cookie },
    ) => call(t.app, { method: 'POST', url: '/api/v1/tokens', body: { name: 'x' }, headers, ...credential });
    /** Creates a token with the person's cookie and only the headers given, past the harness's `call`. */
    const injectCreateToken = (name: string, headers: Record<string, string> = {}) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/tokens',
        headers: { host: 'localhost:80', cookie: me.cookie, 'content-type': 'application/json', ...headers },
        payload: JSON.stringify({ name }),
      });

    it('refuses a cookie request that carries neither Origin nor Referer', async () => {
      // Straight to inject: the harness would add a same-origin Origin to a cookie call.
      const res = await injectCreateToken('no origin');
      const answer: Answer = {
        status: res.statusCode,
        json: res.json(),
        headers: res.headers,
        cookie: undefined,
      };
      expectError(answer, 403, 'forbidden');
      const names = (await call(t.app, { url: '/api/v1/tokens', cookie: me.cookie })).json.items.map(
        (i: { name: string }) => i.name,
      );
      expect(names).not.toContain('no origin');
    });

    it('refuses a cookie request from another site', async () => {
      expectError(await createToken({ origin: 'http://evil.example' }), 403, 'forbidden');
      expectError(await createToken({ origin: 'null' }), 403, 'forbidden');
      // Another port or scheme is another origin.
      expectError(await createToken({ origin: 'http://localhost:8080' }), 403, 'forbidden');
      expectError(await createToken({ origin: 'https://localhost' }), 403, 'forbidden');
    });

    it('judges by Origin over Referer when both are sent', async () => {
      const res = await createToken({ origin: 'http://evil.example', referer: 'http://localhost/account' });
      expectError(res, 403, 'forbidden');
    });

    it('accepts a cookie request whose Origin or, failing that, Referer is ours', async () => {
      expect((await createToken({ origin: 'http://localhost' })).status).toBe(201);
      expect((await createToken({ origin: 'http://localhost:80' })).status).toBe(201);
      const viaReferer = await injectCreateToken('via referer', {
        referer: 'http://localhost/settings/tokens?tab=1',
      });
      expect(viaReferer.statusCode).toBe(201);
    });

    it('does not check bearer-token requests, which carry no ambient credentials', async () => {
      expect((await createToken({}, { token: me.token })).status).toBe(201);
    });

    it('lets safe methods through without an Origin', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { cookie: me.cookie },
      });
      expect(res.statusCode).toBe(200);
    });

    it('refuses a sign-in posted from another site', async () => {
      const res = await call(t.app, {
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { email: 'someone@example.com', password: 'whatever password' },
        headers: { origin: 'http://evil.example' },
      });
      expectError(res, 403, 'forbidden');
    });
  });

  describe('with TRELLIS_PUBLIC_URL set', () => {
    const PUBLIC = 'https://trellis.example.com';
    const t = useTestApp(dialect, { env: { TRELLIS_PUBLIC_URL: `${PUBLIC}/` } });
    const me = useSignedIn(t);

    const createToken = (origin: string) =>
      call(t.app, {
        method: 'POST',
        url: '/api/v1/tokens',
        cookie: me.cookie,
        body: { name: 'x' },
        headers: { origin },
      });

    it('accepts only that origin', async () => {
      expect((await createToken(PUBLIC)).status).toBe(201);
      expect((await createToken('https://trellis.example.com:443')).status).toBe(201);
      // The request's own host no longer counts, nor does the same host over http.
      expectError(await createToken('http://localhost:80'), 403, 'forbidden');
      expectError(await createToken('http://trellis.example.com'), 403, 'forbidden');
      expectError(await createToken('https://evil.example'), 403, 'forbidden');
    });
  });
});
