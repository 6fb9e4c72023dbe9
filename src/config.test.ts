import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

/** Loads with exactly these variables (never the real process environment). */
const load = (env: Record<string, string> = {}) => loadConfig(env);

function configErrorFor(env: Record<string, string>): ConfigError {
  try {
    load(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('falls back to defaults: SQLite in ./data, port 3000, open registration', () => {
    const config = load();
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: path.resolve('./data'),
      database: { kind: 'sqlite', file: path.join(path.resolve('./data'), 'trellis.db') },
      openRegistration: true,
      publicOrigin: null,
      trustProxy: false,
      logLevel: 'info',
      sessionSecret: null,
    });
  });

  it('keeps the SQLite file in TRELLIS_DATA_DIR', () => {
    const config = load({ TRELLIS_DATA_DIR: '/srv/trellis' });
    expect(config.database).toEqual({ kind: 'sqlite', file: path.join('/srv/trellis', 'trellis.db') });
  });

  it('selects PostgreSQL for a postgres:// or postgresql:// DATABASE_URL', () => {
    for (const url of ['postgres://app:pw@db:5432/trellis', 'postgresql://app@localhost/trellis']) {
      expect(load({ DATABASE_URL: url }).database).toEqual({
        kind: 'postgres',
        url,
        connectTimeoutMs: 5_000,
        statementTimeoutMs: 15_000,
      });
    }
  });

  it('reads the PostgreSQL timeouts in milliseconds', () => {
    const config = load({
      DATABASE_URL: 'postgres://db/trellis',
      DATABASE_CONNECT_TIMEOUT_MS: '1500',
      DATABASE_STATEMENT_TIMEOUT_MS: '60000',
    });
    expect(config.database).toMatchObject({ connectTimeoutMs: 1_500, statementTimeoutMs: 60_000 });
  });

  it.each(['0', '99', '5s', '-1', '1e4', '600001'])('refuses a timeout of "%s"', (value) => {
    expect(() => load({ DATABASE_STATEMENT_TIMEOUT_MS: value })).toThrow(
      /DATABASE_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds from 100 to 600000/,
    );
  });

  it('reads a sqlite: DATABASE_URL as a file path', () => {
    expect(load({ DATABASE_URL: 'sqlite:///tmp/t.db' }).database).toEqual({
      kind: 'sqlite',
      file: '/tmp/t.db',
    });
  });

  it('reads the other variables', () => {
    const config = load({
      PORT: '8080',
      HOST: '127.0.0.1',
      TRELLIS_OPEN_REGISTRATION: 'false',
      TRELLIS_PUBLIC_URL: 'https://trellis.example.com/some/path',
      TRELLIS_TRUST_PROXY: 'yes',
      LOG_LEVEL: 'warn',
      SESSION_SECRET: 'x'.repeat(32),
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      openRegistration: false,
      publicOrigin: 'https://trellis.example.com',
      trustProxy: true,
      logLevel: 'warn',
      sessionSecret: 'x'.repeat(32),
    });
  });

  it.each([
    ['true', true],
    ['1', true],
    ['ON', true],
    ['false', false],
    ['0', false],
    [' No ', false],
  ])('reads TRELLIS_OPEN_REGISTRATION=%j as %s', (value, expected) => {
    expect(load({ TRELLIS_OPEN_REGISTRATION: value }).openRegistration).toBe(expected);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['PORT', ' '],
    ['PORT', '1e3'],
    ['TRELLIS_OPEN_REGISTRATION', 'maybe'],
    ['TRELLIS_TRUST_PROXY', 'sometimes'],
    ['LOG_LEVEL', 'verbose'],
    ['TRELLIS_PUBLIC_URL', 'trellis.example.com'],
    ['TRELLIS_PUBLIC_URL', 'ftp://trellis.example.com'],
    ['TRELLIS_PUBLIC_URL', 'https://bad host.example.com'],
    ['TRELLIS_PUBLIC_URL', 'http://[::1'],
    ['DATABASE_URL', 'mysql://db/trellis'],
    ['SESSION_SECRET', 'too short'],
  ])('refuses %s=%j with a ConfigError naming the variable', (name, value) => {
    const err = configErrorFor({ [name]: value });
    expect(err.message).toMatch(new RegExp(`^\\s+${name}: `, 'm'));
  });

  it('reads the feed settings: private addresses refused, a refresh every 6 hours, 10 s a fetch', () => {
    expect(load().feeds).toEqual({ allowPrivate: false, refreshMinutes: 360, timeoutMs: 10_000 });
    expect(
      load({
        TRELLIS_ALLOW_PRIVATE_FEEDS: 'true',
        TRELLIS_FEED_REFRESH_MINUTES: '0',
        TRELLIS_FEED_TIMEOUT_MS: '300',
      }).feeds,
    ).toEqual({ allowPrivate: true, refreshMinutes: 0, timeoutMs: 300 });
  });

  it.each([
    ['TRELLIS_ALLOW_PRIVATE_FEEDS', 'perhaps'],
    ['TRELLIS_FEED_REFRESH_MINUTES', '-5'],
    ['TRELLIS_FEED_REFRESH_MINUTES', '1.5'],
    ['TRELLIS_FEED_REFRESH_MINUTES', '10081'],
    ['TRELLIS_FEED_TIMEOUT_MS', '99'],
    ['TRELLIS_FEED_TIMEOUT_MS', '60001'],
  ])('refuses the feed setting %s=%j', (name, value) => {
    expect(configErrorFor({ [name]: value }).message).toMatch(new RegExp(`^\\s+${name}: `, 'm'));
  });

  it('names every bad variable at once', () => {
    const err = configErrorFor({ PORT: 'x', LOG_LEVEL: 'loud' });
    expect(err.message).toMatch(/^\s+PORT: /m);
    expect(err.message).toMatch(/^\s+LOG_LEVEL: /m);
  });

  it('leaves mail off without SMTP_URL and TRELLIS_MAIL_FROM', () => {
    expect(load().mail).toBeNull();
  });

  it.each([
    ['smtp://mail.example.com:587', 'trellis@example.com'],
    ['smtps://ada:s3cret%21@mail.example.com:465', 'Trellis <trellis@example.com>'],
    ['smtp://127.0.0.1:2525/', '  "Trellis at work" <no-reply@example.com> '],
  ])('turns mail on with SMTP_URL=%s and TRELLIS_MAIL_FROM=%j', (smtpUrl, from) => {
    expect(load({ SMTP_URL: smtpUrl, TRELLIS_MAIL_FROM: from }).mail).toEqual({
      smtpUrl,
      from: from.trim(),
    });
  });

  it.each([
    ['SMTP_URL', 'mail.example.com:587'],
    ['SMTP_URL', 'http://mail.example.com'],
    ['SMTP_URL', 'smtp://'],
    ['SMTP_URL', 'smtp://mail.example.com/inbox'],
    ['SMTP_URL', 'smtp://mail.example.com:99999'],
    ['TRELLIS_MAIL_FROM', 'not an address'],
    ['TRELLIS_MAIL_FROM', 'Trellis <not an address>'],
    ['TRELLIS_MAIL_FROM', 'Trellis <a@example.com'],
    ['TRELLIS_MAIL_FROM', 'Trellis\r\nBcc: x@evil.example <a@example.com>'],
  ])('refuses %s=%j with a ConfigError naming it', (name, value) => {
    const env = { SMTP_URL: 'smtp://mail.example.com:25', TRELLIS_MAIL_FROM: 'a@example.com', [name]: value };
    const err = configErrorFor(env);
    expect(err.message).toMatch(new RegExp(`^\\s+${name}: `, 'm'));
  });

  it('never repeats the SMTP password, even when the URL is refused', () => {
    const err = configErrorFor({
      SMTP_URL: 'smtp://ada:hunter2-secret@/nohost',
      TRELLIS_MAIL_FROM: 'a@example.com',
    });
    expect(err.message).toMatch(/^\s+SMTP_URL: /m);
    expect(err.message).not.toContain('hunter2');
  });

  it.each([
    [{ SMTP_URL: 'smtp://mail.example.com:25' }, 'TRELLIS_MAIL_FROM', /must be set when SMTP_URL is/],
    [{ TRELLIS_MAIL_FROM: 'a@example.com' }, 'SMTP_URL', /must be set when TRELLIS_MAIL_FROM is/],
  ])('refuses half of the mail settings (%j): %s is missing', (env, missing, says) => {
    const err = configErrorFor(env);
    expect(err.message).toMatch(new RegExp(`^\\s+${missing}: `, 'm'));
    expect(err.message).toMatch(says);
  });
});
