// The weekly digest's choice on the account, on both databases: on by default, changed with
// PATCH /auth/me, answered by /auth/me, and refused at its field when it is not a choice.
import { describe, expect, it } from 'vitest';
import { bodyOf, call, DIALECTS, expectInvalid, signUp, useTestApp } from '../../test/harness.ts';

describe.each(DIALECTS)('the digest choice on %s', (dialect) => {
  const t = useTestApp(dialect);
  const patchMe = (cookie: string, body: unknown) =>
    call(t.app, { method: 'PATCH', url: '/api/v1/auth/me', cookie, body });
  const me = async (cookie: string) =>
    bodyOf(await call(t.app, { url: '/api/v1/auth/me', cookie }), 200, 'me');

  it('is weekly for a new account, from sign-up on', async () => {
    const { cookie, user } = await signUp(t.app);
    expect(user).toMatchObject({ digest: 'weekly' });
    expect((await me(cookie)).user.digest).toBe('weekly');
  });

  it('turns off and on again with PATCH /auth/me, alone or beside other changes', async () => {
    const { cookie, user } = await signUp(t.app);
    const off = bodyOf(await patchMe(cookie, { digest: 'off' }), 200, 'digest off');
    expect(off.user).toMatchObject({ digest: 'off', timezone: 'UTC' });
    expect((await me(cookie)).user.digest).toBe('off');
    expect(await t.rows('select digest from users where id = ?', [user.id])).toEqual([{ digest: 'off' }]);

    const both = bodyOf(await patchMe(cookie, { digest: 'weekly', timezone: 'Europe/Berlin' }), 200, 'both');
    expect(both.user).toMatchObject({ digest: 'weekly', timezone: 'Europe/Berlin' });
  });

  it('keeps the choice when other fields change', async () => {
    const { cookie } = await signUp(t.app);
    bodyOf(await patchMe(cookie, { digest: 'off' }), 200, 'digest off');
    const renamed = bodyOf(await patchMe(cookie, { name: 'Renamed' }), 200, 'rename');
    expect(renamed.user).toMatchObject({ name: 'Renamed', digest: 'off' });
  });

  it.each([['monthly'], [''], [true], [null]])('refuses digest %j at its field', async (digest) => {
    const { cookie } = await signUp(t.app);
    expectInvalid(await patchMe(cookie, { digest }), 'digest');
    expect((await me(cookie)).user.digest).toBe('weekly');
  });

  it('refuses a value the API never writes in the database itself', async () => {
    const { user } = await signUp(t.app);
    await expect(t.execute("update users set digest = 'daily' where id = ?", [user.id])).rejects.toThrow();
  });
});
