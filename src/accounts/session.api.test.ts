// Signing in and out, the profile, and changing the password.
import { describe, expect, it } from 'vitest';
import {
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  login,
  signIn,
  signUp,
  useTestApp,
} from '../../test/harness.ts';

describe.each(DIALECTS)('sessions on %s', (dialect) => {
  const t = useTestApp(dialect);

  const me = (cookie?: string) => call(t.app, { url: '/api/v1/auth/me', ...(cookie ? { cookie } : {}) });

  describe('signing in', () => {
    it('answers the user and a working session cookie', async () => {
      const { user, password } = await signUp(t.app);
      const res = await login(t.app, user.email, password);
      expect(res.status).toBe(200);
      expect(Object.keys(res.json)).toEqual(['user']);
      expect(res.json.user).toMatchObject({ id: user.id, email: user.email });
      expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/i);
      expect((await me(res.cookie)).json.user.id).toBe(user.id);
    });

    it('gives no hint whether the e-mail or the password was wrong', async () => {
      const { user } = await signUp(t.app);
      const wrongPassword = await login(t.app, user.email, 'this is not the password');
      const unknownEmail = await login(t.app, 'nobody-here@example.com', 'this is not the password');
      expectError(wrongPassword, 401, 'unauthenticated');
      expectError(unknownEmail, 401, 'unauthenticated');
      expect(wrongPassword.json.error.message).toBe(unknownEmail.json.error.message);
      expect(wrongPassword.json.error.issues).toBeUndefined();
      expect(unknownEmail.json.error.issues).toBeUndefined();
      expect(wrongPassword.cookie).toBeUndefined();
    });

    it('answers 401 to /me without credentials or with a forged cookie', async () => {
      expectError(await me(), 401, 'unauthenticated');
      expectError(await me('trellis_session=trs_made-up.signature'), 401, 'unauthenticated');
      // A real session id with the signature of another value is refused too.
      const { cookie } = await signUp(t.app);
      const [value] = decodeURIComponent(cookie.slice('trellis_session='.length)).split('.');
      expectError(
        await me(`trellis_session=${encodeURIComponent(`${value}.forged`)}`),
        401,
        'unauthenticated',
      );
    });
  });

  describe('signing out', () => {
    it('ends the session on the server, so the old cookie stops working', async () => {
      const { cookie, user, password } = await signUp(t.app);
      const other = await signIn(t.app, user.email, password);
      const res = await call(t.app, { method: 'POST', url: '/api/v1/auth/logout', cookie });
      expect(res.status).toBe(204);
      expect(String(res.headers['set-cookie'])).toMatch(/^trellis_session=;/);
      expectError(await me(cookie), 401, 'unauthenticated');
      // Only this session ended: the person's other session is still signed in.
      expect((await me(other)).json.user.id).toBe(user.id);
    });
  });

  describe('the profile', () => {
    const patch = (cookie: string, body: unknown) =>
      call(t.app, { method: 'PATCH', url: '/api/v1/auth/me', cookie, body });

    it('changes the name and the time zone', async () => {
      const { cookie } = await signUp(t.app);
      const res = await patch(cookie, { name: '  Ada King  ', timezone: 'Europe/Berlin' });
      expect(res.status).toBe(200);
      expect(res.json.user).toMatchObject({ name: 'Ada King', timezone: 'Europe/Berlin' });
      expect((await me(cookie)).json.user).toMatchObject({ name: 'Ada King', timezone: 'Europe/Berlin' });
      // Each field is optional: changing one leaves the other alone.
      const tzOnly = await patch(cookie, { timezone: 'America/Sao_Paulo' });
      expect(tzOnly.json.user).toMatchObject({ name: 'Ada King', timezone: 'America/Sao_Paulo' });
    });

    it('refuses a time zone that is not an IANA zone', async () => {
      const { cookie } = await signUp(t.app);
      const res = await patch(cookie, { timezone: 'Mars/Olympus' });
      expectInvalid(res, 'timezone');
      expect((await me(cookie)).json.user.timezone).toBe('UTC');
    });

    it('refuses fields it does not know, naming them', async () => {
      const { cookie } = await signUp(t.app);
      const res = await patch(cookie, { name: 'Fine', role: 'admin' });
      expectInvalid(res, 'role');
      expect((await me(cookie)).json.user.role).toBe('member');
    });

    it('needs credentials', async () => {
      const res = await call(t.app, { method: 'PATCH', url: '/api/v1/auth/me', body: { name: 'X' } });
      expectError(res, 401, 'unauthenticated');
    });
  });

  describe('changing the password', () => {
    const change = (cookie: string, currentPassword: string, newPassword: string) =>
      call(t.app, {
        method: 'POST',
        url: '/api/v1/auth/password',
        cookie,
        body: { currentPassword, newPassword },
      });

    it('keeps this session, ends the others, and swaps which password signs in', async () => {
      const { cookie, user, password } = await signUp(t.app);
      const laptop = await signIn(t.app, user.email, password);
      const phone = await signIn(t.app, user.email, password);
      const res = await change(cookie, password, 'a brand new password');
      expect(res.status).toBe(204);
      expect((await me(cookie)).json.user.id).toBe(user.id);
      expectError(await me(laptop), 401, 'unauthenticated');
      expectError(await me(phone), 401, 'unauthenticated');
      expectError(await login(t.app, user.email, password), 401, 'unauthenticated');
      expect((await login(t.app, user.email, 'a brand new password')).status).toBe(200);
    });

    it('refuses a wrong current password and changes nothing', async () => {
      const { cookie, user, password } = await signUp(t.app);
      const other = await signIn(t.app, user.email, password);
      const res = await change(cookie, 'not the current one', 'a brand new password');
      expectInvalid(res, 'currentPassword');
      expect((await me(other)).json.user.id).toBe(user.id);
      expect((await login(t.app, user.email, password)).status).toBe(200);
      expect((await login(t.app, user.email, 'a brand new password')).status).toBe(401);
    });

    it('holds the new password to the same length rule', async () => {
      const { cookie, password } = await signUp(t.app);
      const res = await change(cookie, password, 'short');
      expectInvalid(res, 'newPassword');
    });
  });
});
