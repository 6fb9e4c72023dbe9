// What a password change ends, what account deletion leaves behind, the headers that keep browsers
// on https and the API docs out of frames, and who may read the SQLite file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, createToken, DIALECTS, login, signUp, startTestApp, useTestApp } from '../../test/harness.ts';

describe.each(DIALECTS)('account hardening on %s', (dialect) => {
  const t = useTestApp(dialect);

  const changePassword = (cookie: string, currentPassword: string, extra: Record<string, unknown> = {}) =>
    call(t.app, {
      method: 'POST',
      url: '/api/v1/auth/password',
      cookie,
      body: { currentPassword, newPassword: 'an even longer password', ...extra },
    });
  const tokenWorks = async (token: string) =>
    (await call(t.app, { url: '/api/v1/auth/me', token })).status === 200;

  it('ends personal API tokens with a password change by default', async () => {
    const person = await signUp(t.app);
    const { token } = await createToken(t.app, person.cookie);
    expect(await tokenWorks(token)).toBe(true);
    expect((await changePassword(person.cookie, person.password)).status).toBe(204);
    expect(await tokenWorks(token)).toBe(false);
    expect(await t.rows('select id from api_tokens where owner_id = ?', [person.user.id])).toEqual([]);
  });

  it('keeps them when the person chooses to', async () => {
    const person = await signUp(t.app);
    const { token } = await createToken(t.app, person.cookie);
    const res = await changePassword(person.cookie, person.password, { keepApiTokens: true });
    expect(res.status).toBe(204);
    expect(await tokenWorks(token)).toBe(true);
  });

  it('keeps the tokens when the current password is wrong', async () => {
    const person = await signUp(t.app);
    const { token } = await createToken(t.app, person.cookie);
    expect((await changePassword(person.cookie, 'not the password')).status).toBe(400);
    expect(await tokenWorks(token)).toBe(true);
  });

  it('removes the e-mail from the sign-in failure records when the account is deleted', async () => {
    const person = await signUp(t.app);
    for (let i = 0; i < 3; i++)
      expect((await login(t.app, person.user.email, 'wrong guess')).status).toBe(401);
    expect(await t.rows('select id from login_failures where email = ?', [person.user.email])).toHaveLength(
      3,
    );
    const res = await call(t.app, {
      method: 'DELETE',
      url: '/api/v1/auth/me',
      cookie: person.cookie,
      body: { password: person.password },
    });
    expect(res.status).toBe(204);
    expect(await t.rows('select id from login_failures where email = ?', [person.user.email])).toEqual([]);
  });

  it('counts a right password given to confirm a change as no failure', async () => {
    const person = await signUp(t.app);
    expect((await changePassword(person.cookie, person.password, { keepApiTokens: true })).status).toBe(204);
    expect(await t.rows('select id from login_failures where email = ?', [person.user.email])).toEqual([]);
  });

  it('sends no HSTS over plain http, and a CSP and frame protection on the API docs', async () => {
    const health = await call(t.app, { url: '/healthz' });
    expect(health.headers['strict-transport-security']).toBeUndefined();
    const docs = await t.app.inject({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['x-frame-options']).toBe('DENY');
    const csp = String(docs.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    // The page loads only scripts from its own origin, which the policy allows.
    const scripts = [...docs.body.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(docs.body).not.toMatch(/<script(?![^>]*src=)[^>]*>\s*\S/);
  });
});

describe('https and the SQLite file', () => {
  it('sends HSTS on every answer when the public URL is https', async () => {
    const app = await startTestApp('sqlite', { env: { TRELLIS_PUBLIC_URL: 'https://trellis.example.com' } });
    try {
      for (const url of ['/healthz', '/api/v1/instance', '/api/docs/', '/api/v1/goals/%ff']) {
        const res = await app.app.inject({ url });
        expect(res.headers['strict-transport-security'], url).toBe('max-age=31536000');
      }
    } finally {
      await app.close();
    }
  });

  it('creates the data directory and the database readable by their owner only', async () => {
    const app = await startTestApp('sqlite', { env: {} });
    try {
      const file = (app.config.database as { file: string }).file;
      // startTestApp made the data dir; a directory SQLite's opening creates is checked with a nested one.
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
    } finally {
      await app.close();
    }
    const parent = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'trellis-mode-'));
    const dataDir = path.join(parent, 'new', 'data');
    const nested = await startTestApp('sqlite', { env: { TRELLIS_DATA_DIR: dataDir } });
    try {
      expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.join(dataDir, 'trellis.db')).mode & 0o777).toBe(0o600);
    } finally {
      await nested.close();
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});
