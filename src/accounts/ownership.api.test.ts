// One person can neither see nor touch another's rows: someone else's resource is simply not found.
import { describe, expect, it } from 'vitest';
import { call, DIALECTS, expectError, useSignedIn, useTestApp } from '../../test/harness.ts';

describe.each(DIALECTS)('ownership on %s', (dialect) => {
  const t = useTestApp(dialect);
  const alice = useSignedIn(t, { token: 'mine' });
  const bob = useSignedIn(t, { token: 'mine' });

  const ids = async (credential: { cookie?: string; token?: string }) =>
    (await call(t.app, { url: '/api/v1/tokens', ...credential })).json.items.map((i: { id: string }) => i.id);
  const revoke = (id: string, credential: { cookie?: string; token?: string }) =>
    call(t.app, { method: 'DELETE', url: `/api/v1/tokens/${id}`, ...credential });
  const userIdOf = async (token: string) =>
    (await call(t.app, { url: '/api/v1/auth/me', token })).json.user.id;

  it("lists only one's own tokens", async () => {
    expect(await ids({ cookie: alice.cookie })).toEqual([alice.tokenId]);
    expect(await ids({ cookie: bob.cookie })).toEqual([bob.tokenId]);
    expect(await ids({ token: bob.token })).toEqual([bob.tokenId]);
  });

  it("answers 404 to revoking someone else's token, and leaves it working", async () => {
    const byCookie = await revoke(alice.tokenId, { cookie: bob.cookie });
    expectError(byCookie, 404, 'not_found');
    expectError(await revoke(alice.tokenId, { token: bob.token }), 404, 'not_found');
    // Indistinguishable from a token that never existed.
    const missing = await revoke('no-such-id', { cookie: bob.cookie });
    expectError(missing, 404, 'not_found');
    expect(byCookie.json.error.message).toBe(missing.json.error.message);

    const me = await call(t.app, { url: '/api/v1/auth/me', token: alice.token });
    expect(me.status).toBe(200);
    expect(me.json.user.id).toBe(alice.user.id);
    expect(await ids({ cookie: alice.cookie })).toEqual([alice.tokenId]);
  });

  it('authenticates each token as its own owner only', async () => {
    expect(await userIdOf(bob.token)).toBe(bob.user.id);
    expect(await userIdOf(alice.token)).toBe(alice.user.id);
  });
});
