// Personal API tokens: created once, listed without secrets, usable as bearer tokens, revocable.
import { describe, expect, it } from 'vitest';
import {
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  manualClock,
  signUp,
  useTestApp,
} from '../../test/harness.ts';

describe.each(DIALECTS)('API tokens on %s', (dialect) => {
  const clock = manualClock('2026-03-02T09:00:00.000Z');
  const t = useTestApp(dialect, { clock });

  const create = (cookie: string, name: string) =>
    call(t.app, { method: 'POST', url: '/api/v1/tokens', cookie, body: { name } });
  const list = (credential: { cookie?: string; token?: string }) =>
    call(t.app, { url: '/api/v1/tokens', ...credential });
  const meWith = (token: string) => call(t.app, { url: '/api/v1/auth/me', token });
  /** The signed session value in a cookie, and its secret: the part before the signature. */
  const sessionOf = (cookie: string) => {
    const session = decodeURIComponent(cookie.slice('trellis_session='.length));
    return { session, secret: session.slice(0, session.lastIndexOf('.')) };
  };

  it('creates a token and shows its secret once', async () => {
    const { cookie } = await signUp(t.app);
    const res = await create(cookie, '  laptop CLI  ');
    expect(res.status).toBe(201);
    expect(Object.keys(res.json).sort()).toEqual(['createdAt', 'id', 'name', 'token']);
    expect(res.json.name).toBe('laptop CLI');
    expect(res.json.createdAt).toBe(clock.now().toISOString());
    expect(typeof res.json.token).toBe('string');
    expect(res.json.token.length).toBeGreaterThanOrEqual(32);
  });

  it('lists tokens without their secret or hash', async () => {
    const { cookie } = await signUp(t.app);
    const a = (await create(cookie, 'first')).json;
    const b = (await create(cookie, 'second')).json;
    const res = await list({ cookie });
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(['items']);
    expect(res.json.items.map((i: { id: string }) => i.id).sort()).toEqual([a.id, b.id].sort());
    for (const item of res.json.items) {
      expect(Object.keys(item).sort()).toEqual(['createdAt', 'id', 'lastUsedAt', 'name']);
    }
    const text = JSON.stringify(res.json);
    expect(text).not.toContain(a.token);
    expect(text).not.toContain(b.token);
    expect(text.toLowerCase()).not.toContain('hash');
  });

  it('authenticates as its owner when sent as a bearer token, and records when it was used', async () => {
    const { cookie, user } = await signUp(t.app);
    const created = (await create(cookie, 'script')).json;
    expect((await list({ cookie })).json.items[0].lastUsedAt).toBeNull();
    clock.advance(60 * 60 * 1000);
    const res = await meWith(created.token);
    expect(res.status).toBe(200);
    expect(res.json.user.id).toBe(user.id);
    expect((await list({ cookie })).json.items[0].lastUsedAt).toBe(clock.now().toISOString());
  });

  it('answers 401 to a bearer token that was never issued', async () => {
    const res = await meWith('trt_not-a-real-token');
    expectError(res, 401, 'unauthenticated');
  });

  it('does not accept a session secret as a bearer token', async () => {
    const { cookie } = await signUp(t.app);
    const { session, secret } = sessionOf(cookie);
    expectError(await meWith(secret), 401, 'unauthenticated');
    expectError(await meWith(session), 401, 'unauthenticated');
  });

  it('revokes a token: it then answers 401 and leaves the list', async () => {
    const { cookie } = await signUp(t.app);
    const keep = (await create(cookie, 'keep')).json;
    const drop = (await create(cookie, 'drop')).json;
    const res = await call(t.app, { method: 'DELETE', url: `/api/v1/tokens/${drop.id}`, cookie });
    expect(res.status).toBe(204);
    expectError(await meWith(drop.token), 401, 'unauthenticated');
    expect((await meWith(keep.token)).status).toBe(200);
    expect((await list({ cookie })).json.items.map((i: { id: string }) => i.id)).toEqual([keep.id]);
    // Revoking it again: it is gone.
    const again = await call(t.app, { method: 'DELETE', url: `/api/v1/tokens/${drop.id}`, cookie });
    expectError(again, 404, 'not_found');
  });

  it('can be managed with a token too', async () => {
    const { cookie } = await signUp(t.app);
    const { token } = (await create(cookie, 'automation')).json;
    const made = await call(t.app, { method: 'POST', url: '/api/v1/tokens', token, body: { name: 'child' } });
    expect(made.status).toBe(201);
    expect((await list({ token })).json.items).toHaveLength(2);
  });

  it('requires a name and credentials', async () => {
    const { cookie } = await signUp(t.app);
    const blank = await create(cookie, '   ');
    expectInvalid(blank, 'name');
    expectError(await list({}), 401, 'unauthenticated');
    const anonymous = await call(t.app, { method: 'POST', url: '/api/v1/tokens', body: { name: 'x' } });
    expectError(anonymous, 401, 'unauthenticated');
  });

  it('stores only a hash of token and session secrets', async () => {
    const { cookie, user } = await signUp(t.app);
    const created = (await create(cookie, 'stored')).json;
    const tokens = await t.rows('select * from api_tokens where id = ?', [created.id]);
    expect(tokens).toHaveLength(1);
    const row = tokens[0]!;
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.values(row).map(String).join(' ')).not.toContain(created.token);
    expect(Object.values(row).map(String).join(' ')).not.toContain(created.token.replace(/^trt_/, ''));

    const { secret } = sessionOf(cookie);
    const sessions = await t.rows('select * from sessions where owner_id = ?', [user.id]);
    expect(sessions).toHaveLength(1);
    expect(JSON.stringify(sessions)).not.toContain(secret);
    expect(JSON.stringify(sessions)).not.toContain(secret.replace(/^trs_/, ''));
  });
});
