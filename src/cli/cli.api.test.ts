// The real `trellis` command line, run as a child process against real SQLite and PostgreSQL
// databases; what it creates is checked through the real app on the same database.
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCliDatabase } from '../../test/cli-database.ts';
import { call, DIALECTS, login, signIn } from '../../test/harness.ts';
import { hasStackTrace, killChildren, runCli, tempDataDir } from '../../test/processes.ts';
import { allMigrations } from '../features.ts';

// Each CLI run starts Node and tsx afresh (1-5 s on a busy machine), and some tests run several.
vi.setConfig({ testTimeout: 90_000 });

const PASSWORD = 'correct horse battery staple';

const loginStatus = async (app: FastifyInstance, email: string, password: string) =>
  (await login(app, email, password)).status;

describe('trellis --help', () => {
  afterEach(killChildren);
  const env = { TRELLIS_DATA_DIR: '/nonexistent/trellis-help-needs-no-data' };

  it('lists every command', async () => {
    const r = await runCli(['--help'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: trellis \[options\] \[command\]/);
    for (const command of ['serve', 'migrate', 'user', 'token', 'demo', 'backup', 'restore']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });

  it.each([
    { args: ['serve'], mentions: ['PORT', 'HOST', 'DATABASE_URL', 'TRELLIS_DATA_DIR'] },
    { args: ['migrate'], mentions: ['migrations'] },
    { args: ['user', 'create'], mentions: ['--email <email>', '--name <name>', '--admin', 'stdin'] },
    { args: ['token', 'create'], mentions: ['--email <email>', '--name <name>'] },
    { args: ['demo'], mentions: ['--reset'] },
  ])('explains `$args`', async ({ args, mentions }) => {
    const r = await runCli([...args, '--help'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: trellis ${args.join(' ')} \\[options\\]`));
    for (const text of mentions) expect(r.stdout).toContain(text);
    // Asking for help must not touch a database.
    expect(fs.existsSync(env.TRELLIS_DATA_DIR)).toBe(false);
  });
});

describe.each(DIALECTS)('trellis migrate on %s', (dialect) => {
  const db = useCliDatabase(dialect);

  it('applies every migration to a new database, then says it is up to date', async () => {
    const first = await runCli(['migrate'], { env: db.env });
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
    const names = Object.keys(allMigrations());
    expect(first.stdout).toBe(`Applied ${names.length} migration(s):\n  ${names.join('\n  ')}\n`);
    if (dialect === 'sqlite') expect(fs.existsSync(`${db.dir}/trellis.db`)).toBe(true);

    const second = await runCli(['migrate'], { env: db.env });
    expect({ code: second.code, stdout: second.stdout, stderr: second.stderr }).toEqual({
      code: 0,
      stdout: 'The database is up to date.\n',
      stderr: '',
    });
  });
});

describe.each(DIALECTS)('trellis user create on %s', (dialect) => {
  const db = useCliDatabase(dialect);

  it('creates an account with the password from stdin, which then signs in', async () => {
    const r = await runCli(['user', 'create', '--email', 'Ada@Example.com', '--name', 'Ada Lovelace'], {
      env: db.env,
      input: `${PASSWORD}\n`,
    });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    // The first account on an instance administers it.
    expect(r.stdout).toBe('Created administrator Ada Lovelace <ada@example.com>.\n');
    expect(r.stdout).not.toContain(PASSWORD);

    const app = await db.app();
    const cookie = await signIn(app, 'ada@example.com', PASSWORD);
    const me = await call(app, { url: '/api/v1/auth/me', cookie });
    expect(me.json.user).toMatchObject({ email: 'ada@example.com', name: 'Ada Lovelace', role: 'admin' });
    // Only the one trailing newline is stripped; the password is otherwise taken as typed.
    expect(await loginStatus(app, 'ada@example.com', `${PASSWORD}\n`)).toBe(401);
  });

  it('makes later accounts members unless --admin is given', async () => {
    const create = (email: string, extra: string[] = []) =>
      runCli(['user', 'create', '--email', email, '--name', 'Someone', ...extra], {
        env: db.env,
        input: PASSWORD,
      });
    expect((await create('first@example.com')).code).toBe(0);
    const member = await create('member@example.com');
    expect(member.stdout).toBe('Created member Someone <member@example.com>.\n');
    const admin = await create('second-admin@example.com', ['--admin']);
    expect(admin.stdout).toBe('Created administrator Someone <second-admin@example.com>.\n');

    const app = await db.app();
    const roleOf = async (email: string) =>
      (await call(app, { url: '/api/v1/auth/me', cookie: await signIn(app, email, PASSWORD) })).json.user
        .role;
    expect(await roleOf('member@example.com')).toBe('member');
    expect(await roleOf('second-admin@example.com')).toBe('admin');
  });

  it('refuses a second account with the same e-mail clearly, without a stack trace', async () => {
    const args = ['user', 'create', '--email', 'ada@example.com', '--name', 'Ada'];
    expect((await runCli(args, { env: db.env, input: PASSWORD })).code).toBe(0);
    const again = await runCli([...args.slice(0, 3), 'ADA@example.com', '--name', 'Impostor'], {
      env: db.env,
      input: 'another long password',
    });
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe('An account with this e-mail already exists.\n');
    expect(hasStackTrace(again.stderr)).toBe(false);
    // The first account is untouched.
    const app = await db.app();
    expect(await loginStatus(app, 'ada@example.com', PASSWORD)).toBe(200);
    expect(await loginStatus(app, 'ada@example.com', 'another long password')).toBe(401);
  });
});

describe.each(DIALECTS)('trellis token create on %s', (dialect) => {
  const db = useCliDatabase(dialect);

  it('prints a token once that authenticates as the account', async () => {
    await runCli(['user', 'create', '--email', 'ada@example.com', '--name', 'Ada'], {
      env: db.env,
      input: PASSWORD,
    });
    const r = await runCli(['token', 'create', '--email', 'ada@example.com', '--name', 'backup script'], {
      env: db.env,
    });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toContain('"backup script" for ada@example.com');
    const token = lines.at(-1) ?? '';
    expect(token).toMatch(/^trt_[\w-]{20,}$/);

    const app = await db.app();
    const me = await call(app, { url: '/api/v1/auth/me', token });
    expect(me.status).toBe(200);
    expect(me.json.user.email).toBe('ada@example.com');
    const tokens = await call(app, { url: '/api/v1/tokens', token });
    expect(tokens.json.items.map((t: { name: string }) => t.name)).toEqual(['backup script']);
    // The printed token is the secret itself: a changed one does not authenticate.
    expect((await call(app, { url: '/api/v1/auth/me', token: `${token.slice(0, -1)}x` })).status).toBe(401);
  });

  it('refuses an e-mail with no account, saying so', async () => {
    const r = await runCli(['token', 'create', '--email', 'nobody@example.com', '--name', 'x'], {
      env: db.env,
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('No account with the e-mail nobody@example.com.\n');
  });
});

describe.each(DIALECTS)('trellis demo on %s', (dialect) => {
  const db = useCliDatabase(dialect);

  const credentials = (stdout: string) => ({
    email: /^\s+E-mail:\s+(\S+)$/m.exec(stdout)?.[1] ?? '',
    password: /^\s+Password:\s+(\S+)$/m.exec(stdout)?.[1] ?? '',
  });

  it('creates the demo account with goals and prints credentials that sign in', async () => {
    const r = await runCli(['demo'], { env: db.env });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const { email, password } = credentials(r.stdout);
    expect(email).toBe('demo@trellis.example');
    expect(password.length).toBeGreaterThanOrEqual(10);
    const goalCount = Number(/with (\d+) goals/.exec(r.stdout)?.[1]);
    expect(goalCount).toBeGreaterThan(0);

    const app = await db.app();
    const cookie = await signIn(app, email, password);
    // The printed count leaves out the calendar slices that breakdowns add.
    const goals = await call(app, { url: '/api/v1/goals', cookie });
    expect(goals.status).toBe(200);
    expect(goals.json.items.length).toBeGreaterThanOrEqual(goalCount);
  });

  it('refuses to run twice without --reset, and with --reset replaces the account', async () => {
    const first = credentials((await runCli(['demo'], { env: db.env })).stdout);

    const again = await runCli(['demo'], { env: db.env });
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('demo@trellis.example already exists');
    expect(again.stderr).toContain('trellis demo --reset');
    expect(hasStackTrace(again.stderr)).toBe(false);
    const app = await db.app();
    expect(await loginStatus(app, first.email, first.password)).toBe(200);

    const reset = await runCli(['demo', '--reset'], { env: db.env });
    expect(reset.code).toBe(0);
    const second = credentials(reset.stdout);
    expect(second.email).toBe('demo@trellis.example');
    expect(second.password).not.toBe(first.password);
    expect(await loginStatus(app, second.email, second.password)).toBe(200);
    expect(await loginStatus(app, first.email, first.password)).toBe(401);
  });
});

// These checks run before any database is opened, so one dialect is enough.
describe('trellis input validation', () => {
  const db = useCliDatabase('sqlite');

  it('refuses a short password from stdin, naming the password, and creates nothing', async () => {
    const r = await runCli(['user', 'create', '--email', 'ada@example.com', '--name', 'Ada'], {
      env: db.env,
      input: 'short\n',
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('password (stdin): must be at least 10 characters\n');
    const app = await db.app();
    expect(await loginStatus(app, 'ada@example.com', 'short')).toBe(401);
    expect((await call(app, { url: '/api/v1/instance' })).json.hasUsers).toBe(false);
  });

  it('refuses an empty stdin rather than creating an account without a password', async () => {
    const r = await runCli(['user', 'create', '--email', 'ada@example.com', '--name', 'Ada'], {
      env: db.env,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^password \(stdin\): /);
  });

  it('refuses a bad e-mail address, naming --email', async () => {
    const r = await runCli(['user', 'create', '--email', 'not-an-address', '--name', 'Ada'], {
      env: db.env,
      input: PASSWORD,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('--email: must be an e-mail address\n');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('refuses a missing --name, naming it', async () => {
    const r = await runCli(['user', 'create', '--email', 'ada@example.com'], {
      env: db.env,
      input: PASSWORD,
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("required option '--name <name>' not specified");
  });

  it('refuses an empty --name, naming it', async () => {
    const r = await runCli(['token', 'create', '--email', 'ada@example.com', '--name', ' '], { env: db.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^--name: /);
  });
});

describe('trellis with a bad environment', () => {
  afterEach(killChildren);

  it.each([['migrate'], ['serve'], ['demo']])(
    'exits with code 2 naming PORT, without a stack trace (%s)',
    async (command) => {
      const dir = tempDataDir();
      try {
        const r = await runCli([command], { env: { TRELLIS_DATA_DIR: dir, PORT: 'abc' } });
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe(
          'Invalid configuration:\n  PORT: PORT must be a whole number from 0 to 65535, not "abc"\n',
        );
        expect(hasStackTrace(r.stderr)).toBe(false);
        // Nothing was opened or created on the way out.
        expect(fs.readdirSync(dir)).toEqual([]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
