// Registration (open and closed), the session cookie it sets, and deleting an account.
import { describe, expect, it } from 'vitest';
import {
  call,
  createToken,
  DIALECTS,
  expectError,
  expectInvalid,
  login,
  signIn,
  signUp,
  type TestAppHandle,
  useSignedIn,
  useTestApp,
} from '../../test/harness.ts';

const PASSWORD = 'correct horse battery';
/** What to register someone called `name` with: `${name}@example.com`, lower-case, and PASSWORD. */
const person = (name: string) => ({ email: `${name.toLowerCase()}@example.com`, name, password: PASSWORD });
const register = (t: TestAppHandle, body: unknown, cookie?: string) =>
  call(t.app, { method: 'POST', url: '/api/v1/auth/register', body, ...(cookie ? { cookie } : {}) });
const me = (t: TestAppHandle, credential: { cookie?: string; token?: string }) =>
  call(t.app, { url: '/api/v1/auth/me', ...credential });
/** The session cookie's Set-Cookie header, attributes and all. */
const setCookieOf = (res: { headers: Record<string, unknown> }) => String(res.headers['set-cookie']);

describe.each(DIALECTS)('accounts on %s', (dialect) => {
  describe('on a new instance', () => {
    const t = useTestApp(dialect);

    it('makes the first account the admin and later ones members', async () => {
      const first = await register(t, person('First'));
      expect(first.status).toBe(201);
      expect(first.json.user).toMatchObject({ email: 'first@example.com', name: 'First', role: 'admin' });
      const second = await register(t, person('Second'));
      expect(second.status).toBe(201);
      expect(second.json.user.role).toBe('member');
    });
  });

  describe('with open registration', () => {
    const t = useTestApp(dialect);

    it('answers the user and signs them in with an HttpOnly, SameSite=Lax cookie', async () => {
      const res = await register(t, person('Ada'));
      expect(res.status).toBe(201);
      expect(Object.keys(res.json)).toEqual(['user']);
      expect(res.json.user).toMatchObject({ email: 'ada@example.com', name: 'Ada', timezone: 'UTC' });
      expect(res.json.user).not.toHaveProperty('password_hash');
      expect(res.json.user).not.toHaveProperty('passwordHash');
      const setCookie = setCookieOf(res);
      expect(setCookie).toMatch(/^trellis_session=/);
      expect(setCookie).toMatch(/;\s*HttpOnly/i);
      expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
      // Served over plain http without an https public URL: a Secure cookie would never come back.
      expect(setCookie).not.toMatch(/;\s*Secure/i);
      const who = await me(t, { cookie: res.cookie! });
      expect(who.status).toBe(200);
      expect(who.json.user.id).toBe(res.json.user.id);
    });

    it('treats e-mail case-insensitively and stores it lower-case', async () => {
      const res = await register(t, { ...person('Grace'), email: ' Grace.Hopper@Example.COM ' });
      expect(res.status).toBe(201);
      expect(res.json.user.email).toBe('grace.hopper@example.com');
      const stored = await t.rows<{ email: string }>('select email from users where id = ?', [
        res.json.user.id,
      ]);
      expect(stored).toEqual([{ email: 'grace.hopper@example.com' }]);

      const again = await register(t, { ...person('Twin'), email: 'GRACE.HOPPER@example.com' });
      expectError(again, 409, 'conflict');
      const signedIn = await login(t.app, 'grace.HOPPER@EXAMPLE.com', PASSWORD);
      expect(signedIn.status).toBe(200);
      expect(signedIn.json.user.id).toBe(res.json.user.id);
    });

    it('refuses a password shorter than 10 characters', async () => {
      const res = await register(t, { ...person('Short'), password: '123456789' });
      expectInvalid(res, 'password');
    });
  });

  describe('behind an https public URL', () => {
    const t = useTestApp(dialect, { env: { TRELLIS_PUBLIC_URL: 'https://trellis.example.com' } });

    it('marks the session cookie Secure', async () => {
      const res = await register(t, person('Sec'));
      expect(res.status).toBe(201);
      const setCookie = setCookieOf(res);
      expect(setCookie).toMatch(/;\s*Secure/i);
      expect(setCookie).toMatch(/;\s*HttpOnly/i);
    });
  });

  describe('with registration closed', () => {
    const t = useTestApp(dialect, { env: { TRELLIS_OPEN_REGISTRATION: 'false' } });
    const admin = useSignedIn(t, { email: 'admin@example.com' }); // the first account is always allowed

    it('refuses anonymous sign-ups after the first account', async () => {
      expect(admin.user.role).toBe('admin');
      expectError(await register(t, person('Anon')), 403, 'forbidden');
      expect((await login(t.app, 'anon@example.com', PASSWORD)).status).toBe(401);
    });

    it('lets an admin create an account while staying signed in as themselves', async () => {
      const res = await register(t, person('New'), admin.cookie);
      expect(res.status).toBe(201);
      expect(res.json.user).toMatchObject({ email: 'new@example.com', role: 'member' });
      expect(res.cookie).toBeUndefined();
      const who = await me(t, { cookie: admin.cookie });
      expect(who.status).toBe(200);
      expect(who.json.user.id).toBe(admin.user.id);
      // The new person can sign in with the password the admin chose.
      const cookie = await signIn(t.app, 'new@example.com', PASSWORD);
      expect((await me(t, { cookie })).json.user.email).toBe('new@example.com');
    });

    it('does not let a member create accounts', async () => {
      await register(t, person('Member'), admin.cookie);
      const member = await signIn(t.app, 'member@example.com', PASSWORD);
      expectError(await register(t, person('Friend'), member), 403, 'forbidden');
      expect((await login(t.app, 'friend@example.com', PASSWORD)).status).toBe(401);
    });
  });

  describe('deleting the account', () => {
    const t = useTestApp(dialect);

    const deleteMe = (cookie: string, password: string) =>
      call(t.app, { method: 'DELETE', url: '/api/v1/auth/me', cookie, body: { password } });

    it('refuses a wrong password and deletes nothing', async () => {
      const { cookie, user, password } = await signUp(t.app);
      const { token } = await createToken(t.app, cookie);
      expectInvalid(await deleteMe(cookie, 'not my password at all'), 'password');
      expect((await me(t, { cookie })).json.user.id).toBe(user.id);
      expect((await me(t, { token })).json.user.id).toBe(user.id);
      expect(await signIn(t.app, user.email, password)).toBeTruthy();
    });

    it('removes the account with its sessions and tokens; the e-mail can register again', async () => {
      const { cookie, user, password } = await signUp(t.app);
      const otherSession = await signIn(t.app, user.email, password);
      const created = await createToken(t.app, cookie);

      const res = await deleteMe(cookie, password);
      expect(res.status).toBe(204);
      expect(res.json).toBeUndefined();

      expectError(await me(t, { cookie }), 401, 'unauthenticated');
      expectError(await me(t, { cookie: otherSession }), 401, 'unauthenticated');
      expectError(await me(t, { token: created.token }), 401, 'unauthenticated');
      expectError(await login(t.app, user.email, password), 401, 'unauthenticated');
      for (const table of ['users', 'sessions', 'api_tokens']) {
        const column = table === 'users' ? 'id' : 'owner_id';
        expect(await t.rows(`select 1 from ${table} where ${column} = ?`, [user.id])).toEqual([]);
      }

      const again = await register(t, { ...person('Back again'), email: user.email });
      expect(again.status).toBe(201);
      expect(again.json.user.id).not.toBe(user.id);
    });
  });
});
