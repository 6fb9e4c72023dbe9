import path from 'node:path';
import { z } from 'zod';
import { fromRoot } from './paths.ts';

const bool = (name: string, fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const s = v.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(s)) return true;
      if (['0', 'false', 'no', 'off'].includes(s)) return false;
      ctx.addIssue({ code: 'custom', message: `${name} must be true or false, not "${v}"` });
      return z.NEVER;
    });

const milliseconds = (name: string, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < 100 || n > 600_000) {
        ctx.addIssue({
          code: 'custom',
          message: `${name} must be a whole number of milliseconds from 100 to 600000, not "${v}"`,
        });
        return z.NEVER;
      }
      return n;
    });

/** A whole number of `name` from `min` to `max`, or `fallback` when unset. */
const wholeNumber = (name: string, fallback: number, min: number, max: number, unit: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < min || n > max) {
        ctx.addIssue({
          code: 'custom',
          message: `${name} must be a whole number of ${unit} from ${min} to ${max}, not "${v}"`,
        });
        return z.NEVER;
      }
      return n;
    });

/**
 * `smtp://[user:pass@]host[:port]`, or `smtps://` for TLS from the first byte. The value may hold a
 * password, so no message ever repeats it.
 */
const smtpUrl = z
  .string()
  .optional()
  .refine(
    (v) => {
      if (!v) return true;
      if (!URL.canParse(v)) return false;
      const url = new URL(v);
      const bare = url.pathname === '' || url.pathname === '/';
      return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '' && bare;
    },
    { message: 'SMTP_URL must be smtp://[user:pass@]host:port or smtps://… (for TLS)' },
  );

/** `ada@example.com` or `Trellis <trellis@example.com>`: one line, so it cannot add a header. */
const MAIL_FROM = /^(?:([^<>\r\n]*[^<>\s])\s*<([^<>\s]+)>|([^<>\s]+))$/;
const isAddress = (s: string) => z.email().safeParse(s).success;

/** The From of every e-mail, as written, when it is an address with an optional display name. */
const mailFrom = z
  .string()
  .optional()
  .refine(
    (v) => {
      if (!v) return true;
      const match = MAIL_FROM.exec(v.trim());
      return match !== null && isAddress(match[2] ?? match[3]!);
    },
    { message: 'TRELLIS_MAIL_FROM must be an e-mail address, optionally as "Name <address>"' },
  );

const EnvSchema = z
  .object({
    PORT: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined || v === '') return 3000;
        const n = Number(v);
        // Digits only: Number() would also read " " as 0 and "1e3" or "0x50" as ports.
        if (!/^\d+$/.test(v) || n > 65535) {
          ctx.addIssue({
            code: 'custom',
            message: `PORT must be a whole number from 0 to 65535, not "${v}"`,
          });
          return z.NEVER;
        }
        return n;
      }),
    HOST: z.string().min(1).optional().default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .optional()
      .refine(
        (v) =>
          !v || /^(postgres|postgresql):\/\//.test(v) || v.startsWith('sqlite:') || v.startsWith('file:'),
        {
          message:
            'DATABASE_URL must be a postgres:// URL (leave it unset to use SQLite in TRELLIS_DATA_DIR)',
        },
      ),
    DATABASE_CONNECT_TIMEOUT_MS: milliseconds('DATABASE_CONNECT_TIMEOUT_MS', 5_000),
    DATABASE_STATEMENT_TIMEOUT_MS: milliseconds('DATABASE_STATEMENT_TIMEOUT_MS', 15_000),
    TRELLIS_DATA_DIR: z.string().min(1).optional().default('./data'),
    TRELLIS_OPEN_REGISTRATION: bool('TRELLIS_OPEN_REGISTRATION', true),
    TRELLIS_PUBLIC_URL: z
      .string()
      .optional()
      .refine((v) => !v || (/^https?:\/\/[^/\s]+/.test(v) && URL.canParse(v)), {
        message: 'TRELLIS_PUBLIC_URL must be an http(s) URL such as https://trellis.example.com',
      }),
    TRELLIS_TRUST_PROXY: bool('TRELLIS_TRUST_PROXY', false),
    TRELLIS_ALLOW_PRIVATE_FEEDS: bool('TRELLIS_ALLOW_PRIVATE_FEEDS', false),
    // A week at most: a feed left longer is as good as never refreshed.
    TRELLIS_FEED_REFRESH_MINUTES: wholeNumber('TRELLIS_FEED_REFRESH_MINUTES', 360, 0, 10_080, 'minutes'),
    TRELLIS_FEED_TIMEOUT_MS: wholeNumber('TRELLIS_FEED_TIMEOUT_MS', 10_000, 100, 60_000, 'milliseconds'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .optional()
      .default('info'),
    SESSION_SECRET: z
      .string()
      .optional()
      .refine((v) => !v || v.length >= 32, { message: 'SESSION_SECRET must be at least 32 characters' }),
    SMTP_URL: smtpUrl,
    TRELLIS_MAIL_FROM: mailFrom,
  })
  // Half a mail setting is a mistake, not a choice to leave mail off: say so rather than stay silent.
  .superRefine((e, ctx) => {
    if (e.SMTP_URL && !e.TRELLIS_MAIL_FROM)
      ctx.addIssue({
        code: 'custom',
        path: ['TRELLIS_MAIL_FROM'],
        message: 'TRELLIS_MAIL_FROM must be set when SMTP_URL is (mail needs both)',
      });
    if (e.TRELLIS_MAIL_FROM && !e.SMTP_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message: 'SMTP_URL must be set when TRELLIS_MAIL_FROM is (mail needs both)',
      });
  });

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | {
      kind: 'postgres';
      url: string;
      /** How long to wait for a connection (new or from the pool) before answering 503. */
      connectTimeoutMs: number;
      /** How long one statement may run (on the server) or wait for its answer (on the client). */
      statementTimeoutMs: number;
    };

export interface FeedConfig {
  /** Whether feeds may live at private, loopback and link-local addresses (a home server, tests). */
  allowPrivate: boolean;
  /** How often every subscribed feed is fetched in the background; 0: never. */
  refreshMinutes: number;
  /** How long one fetch may take, redirects and body included. */
  timeoutMs: number;
}

/** How e-mail goes out; mail is on only with both settings. */
export interface MailConfig {
  /** `smtp://` or `smtps://`, perhaps with a password: never log it. */
  smtpUrl: string;
  /** The From of every e-mail: an address, perhaps with a display name. */
  from: string;
}

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  dataDir: string;
  openRegistration: boolean;
  /** Origin the app is served from, e.g. `https://trellis.example.com`; null: the request's own host. */
  publicOrigin: string | null;
  trustProxy: boolean;
  feeds: FeedConfig;
  /** null: mail is off (no SMTP_URL and TRELLIS_MAIL_FROM). */
  mail: MailConfig | null;
  logLevel: string;
  sessionSecret: string | null;
  /** Where the built web app lives; null when not serving it. */
  webRoot: string | null;
}

/** Raised for a bad environment value; main prints the message and exits without a stack trace. */
export class ConfigError extends Error {}

/** Reads and validates the configuration from environment variables. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.TRELLIS_DATA_DIR);
  const url = e.DATABASE_URL;
  const database: Config['database'] =
    url && /^postgres(ql)?:\/\//.test(url)
      ? {
          kind: 'postgres',
          url,
          connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
          statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
        }
      : {
          kind: 'sqlite',
          file: url
            ? path.resolve(url.replace(/^(sqlite|file):(\/\/)?/, ''))
            : path.join(dataDir, 'trellis.db'),
        };
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    dataDir,
    openRegistration: e.TRELLIS_OPEN_REGISTRATION,
    publicOrigin: e.TRELLIS_PUBLIC_URL ? new URL(e.TRELLIS_PUBLIC_URL).origin : null,
    trustProxy: e.TRELLIS_TRUST_PROXY,
    feeds: {
      allowPrivate: e.TRELLIS_ALLOW_PRIVATE_FEEDS,
      refreshMinutes: e.TRELLIS_FEED_REFRESH_MINUTES,
      timeoutMs: e.TRELLIS_FEED_TIMEOUT_MS,
    },
    mail:
      e.SMTP_URL && e.TRELLIS_MAIL_FROM ? { smtpUrl: e.SMTP_URL, from: e.TRELLIS_MAIL_FROM.trim() } : null,
    logLevel: e.LOG_LEVEL,
    sessionSecret: e.SESSION_SECRET ?? null,
    webRoot: fromRoot('dist', 'web'),
  };
}
