// One person can neither see nor touch another's rows: someone else's resource is simply not found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, DIALECTS, expectError, signUp, startTestApp, type TestApp } from '../../test/harness.ts';

describe.each(DIALECTS)('ownership on %s', (dialect) => {
  let t: TestApp;
  let alice: { cookie: string; user: { id: string } };
  let bob: { cookie: string; user: { id: string } };
  let aliceToken: { id: string; token: string };
  let bobToken: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    alice = await signUp(t.app);
    bob = await signUp(t.app);
    const make = async (cookie: string) =>
      (await call(t.app, { method: 'POST', url: '/api/v1/tokens', cookie, body: { name: 'mine' } })).json;
    aliceToken = await make(alice.cookie);
    bobToken = await make(bob.cookie);
  });
  afterAll(() => t.close());

  const ids = async (credential: { cookie?: string; token?: string }) =>
    (await call(t.app, { url: '/api/v1/tokens', ...credential })).json.items.map((i: { id: string }) => i.id);

  it("lists only one's own tokens", async () => {
    expect(await ids({ cookie: alice.cookie })).toEqual([aliceToken.id]);
    expect(await ids({ cookie: bob.cookie })).toEqual([bobToken.id]);
    expect(await ids({ token: bobToken.token })).toEqual([bobToken.id]);
  });

  it("answers 404 to revoking someone else's token, and leaves it working", async () => {
    const byCookie = await call(t.app, {
      method: 'DELETE',
      url: `/api/v1/tokens/${aliceToken.id}`,
      cookie: bob.cookie,
    });
    expectError(byCookie, 404, 'not_found');
    const byToken = await call(t.app, {
      method: 'DELETE',
      url: `/api/v1/tokens/${aliceToken.id}`,
      token: bobToken.token,
    });
    expectError(byToken, 404, 'not_found');
    // Indistinguishable from a token that never existed.
    const missing = await call(t.app, {
      method: 'DELETE',
      url: '/api/v1/tokens/no-such-id',
      cookie: bob.cookie,
    });
    expectError(missing, 404, 'not_found');
    expect(byCookie.json.error.message).toBe(missing.json.error.message);

    const me = await call(t.app, { url: '/api/v1/auth/me', token: aliceToken.token });
    expect(me.status).toBe(200);
    expect(me.json.user.id).toBe(alice.user.id);
    expect(await ids({ cookie: alice.cookie })).toEqual([aliceToken.id]);
  });

  it('authenticates each token as its own owner only', async () => {
    expect((await call(t.app, { url: '/api/v1/auth/me', token: bobToken.token })).json.user.id).toBe(
      bob.user.id,
    );
    expect((await call(t.app, { url: '/api/v1/auth/me', token: aliceToken.token })).json.user.id).toBe(
      alice.user.id,
    );
  });
});
