// Registration (open and closed), the session cookie it sets, and deleting an account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  DIALECTS,
  expectError,
  issuePaths,
  signIn,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/harness.ts';

const PASSWORD = 'correct horse battery';
const register = (t: TestApp, body: unknown, cookie?: string) =>
  call(t.app, { method: 'POST', url: '/api/v1/auth/register', body, ...(cookie ? { cookie } : {}) });
const me = (t: TestApp, credential: { cookie?: string; token?: string }) =>
  call(t.app, { url: '/api/v1/auth/me', ...credential });

describe.each(DIALECTS)('accounts on %s', (dialect) => {
  describe('on a new instance', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect);
    });
    afterAll(() => t.close());

    it('makes the first account the admin and later ones members', async () => {
      const first = await register(t, { email: 'first@example.com', name: 'First', password: PASSWORD });
      expect(first.status).toBe(201);
      expect(first.json.user).toMatchObject({ email: 'first@example.com', name: 'First', role: 'admin' });
      const second = await register(t, { email: 'second@example.com', name: 'Second', password: PASSWORD });
      expect(second.status).toBe(201);
      expect(second.json.user.role).toBe('member');
    });
  });

  describe('with open registration', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect);
    });
    afterAll(() => t.close());

    it('answers the user and signs them in with an HttpOnly, SameSite=Lax cookie', async () => {
      const res = await register(t, { email: 'ada@example.com', name: 'Ada', password: PASSWORD });
      expect(res.status).toBe(201);
      expect(Object.keys(res.json)).toEqual(['user']);
      expect(res.json.user).toMatchObject({ email: 'ada@example.com', name: 'Ada', timezone: 'UTC' });
      expect(res.json.user).not.toHaveProperty('password_hash');
      expect(res.json.user).not.toHaveProperty('passwordHash');
      const setCookie = String(res.headers['set-cookie']);
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
      const res = await register(t, {
        email: ' Grace.Hopper@Example.COM ',
        name: 'Grace',
        password: PASSWORD,
      });
      expect(res.status).toBe(201);
      expect(res.json.user.email).toBe('grace.hopper@example.com');
      const stored = await t.rows<{ email: string }>('select email from users where id = ?', [
        res.json.user.id,
      ]);
      expect(stored).toEqual([{ email: 'grace.hopper@example.com' }]);

      const again = await register(t, {
        email: 'GRACE.HOPPER@example.com',
        name: 'Twin',
        password: PASSWORD,
      });
      expectError(again, 409, 'conflict');
      const login = await call(t.app, {
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { email: 'grace.HOPPER@EXAMPLE.com', password: PASSWORD },
      });
      expect(login.status).toBe(200);
      expect(login.json.user.id).toBe(res.json.user.id);
    });

    it('refuses a password shorter than 10 characters', async () => {
      const res = await register(t, { email: 'short@example.com', name: 'Short', password: '123456789' });
      expectError(res, 400, 'validation_failed');
      expect(issuePaths(res)).toEqual(['password']);
    });
  });

  describe('behind an https public URL', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect, { env: { TRELLIS_PUBLIC_URL: 'https://trellis.example.com' } });
    });
    afterAll(() => t.close());

    it('marks the session cookie Secure', async () => {
      const res = await register(t, { email: 'sec@example.com', name: 'Sec', password: PASSWORD });
      expect(res.status).toBe(201);
      const setCookie = String(res.headers['set-cookie']);
      expect(setCookie).toMatch(/;\s*Secure/i);
      expect(setCookie).toMatch(/;\s*HttpOnly/i);
    });
  });

  describe('with registration closed', () => {
    let t: TestApp;
    let admin: Awaited<ReturnType<typeof signUp>>;
    beforeAll(async () => {
      t = await startTestApp(dialect, { env: { TRELLIS_OPEN_REGISTRATION: 'false' } });
      admin = await signUp(t.app, { email: 'admin@example.com' }); // the first account is always allowed
    });
    afterAll(() => t.close());

    it('refuses anonymous sign-ups after the first account', async () => {
      expect(admin.user.role).toBe('admin');
      const res = await register(t, { email: 'anon@example.com', name: 'Anon', password: PASSWORD });
      expectError(res, 403, 'forbidden');
      const login = await call(t.app, {
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { email: 'anon@example.com', password: PASSWORD },
      });
      expect(login.status).toBe(401);
    });

    it('lets an admin create an account while staying signed in as themselves', async () => {
      const res = await register(
        t,
        { email: 'new@example.com', name: 'New', password: PASSWORD },
        admin.cookie,
      );
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
      await register(t, { email: 'member@example.com', name: 'Member', password: PASSWORD }, admin.cookie);
      const member = await signIn(t.app, 'member@example.com', PASSWORD);
      const res = await register(
        t,
        { email: 'friend@example.com', name: 'Friend', password: PASSWORD },
        member,
      );
      expectError(res, 403, 'forbidden');
      const login = await call(t.app, {
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { email: 'friend@example.com', password: PASSWORD },
      });
      expect(login.status).toBe(401);
    });
  });

  describe('deleting the account', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect);
    });
    afterAll(() => t.close());

    const deleteMe = (cookie: string, password: string) =>
      call(t.app, { method: 'DELETE', url: '/api/v1/auth/me', cookie, body: { password } });

    it('refuses a wrong password and deletes nothing', async () => {
      const { cookie, user, password } = await signUp(t.app);
      const token = (
        await call(t.app, { method: 'POST', url: '/api/v1/tokens', cookie, body: { name: 'cli' } })
      ).json.token;
      const res = await deleteMe(cookie, 'not my password at all');
      expectError(res, 400, 'validation_failed');
      expect(issuePaths(res)).toEqual(['password']);
      expect((await me(t, { cookie })).json.user.id).toBe(user.id);
      expect((await me(t, { token })).json.user.id).toBe(user.id);
      expect(await signIn(t.app, user.email, password)).toBeTruthy();
    });

    it('removes the account with its sessions and tokens; the e-mail can register again', async () => {
      const { cookie, user, password } = await signUp(t.app);
      const otherSession = await signIn(t.app, user.email, password);
      const created = await call(t.app, {
        method: 'POST',
        url: '/api/v1/tokens',
        cookie,
        body: { name: 'cli' },
      });
      expect(created.status).toBe(201);

      const res = await deleteMe(cookie, password);
      expect(res.status).toBe(204);
      expect(res.json).toBeUndefined();

      expectError(await me(t, { cookie }), 401, 'unauthenticated');
      expectError(await me(t, { cookie: otherSession }), 401, 'unauthenticated');
      expectError(await me(t, { token: created.json.token }), 401, 'unauthenticated');
      const login = await call(t.app, {
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { email: user.email, password },
      });
      expectError(login, 401, 'unauthenticated');
      for (const table of ['users', 'sessions', 'api_tokens']) {
        const column = table === 'users' ? 'id' : 'owner_id';
        expect(await t.rows(`select 1 from ${table} where ${column} = ?`, [user.id])).toEqual([]);
      }

      const again = await register(t, { email: user.email, name: 'Back again', password: PASSWORD });
      expect(again.status).toBe(201);
      expect(again.json.user.id).not.toBe(user.id);
    });
  });
});
