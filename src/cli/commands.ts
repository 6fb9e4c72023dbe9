import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { Email, Password, PersonName } from '../accounts/account.schema.ts';
import { AccountService } from '../accounts/account.service.ts';
import { TokenService } from '../accounts/token.service.ts';
import type { Config } from '../config.ts';
import { CheckInService } from '../goals/check-in.service.ts';
import { seedDemo } from '../goals/goal.demo.ts';
import { GoalService } from '../goals/goal.service.ts';
import { systemClock } from '../platform/clock.ts';
import { type Database, openDatabase } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { OwnerScope } from '../platform/db/owner-scope.ts';
import { AppError } from '../platform/http/errors.ts';

/** Raised for a mistake the operator can fix; printed without a stack trace. */
export class CliError extends Error {}

async function withDatabase<T>(config: Config, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database);
    return await fn(database);
  } catch (err) {
    if (err instanceof AppError) throw new CliError(err.message);
    throw err;
  } finally {
    await database.close();
  }
}

function parseOrFail<T>(schema: z.ZodType<T>, value: unknown, flag: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new CliError(`${flag}: ${r.error.issues[0]?.message ?? 'is not valid'}`);
  return r.data;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function migrateCommand(config: Config): Promise<void> {
  const database = openDatabase(config.database);
  try {
    const applied = await migrateToLatest(database);
    process.stdout.write(
      applied.length
        ? `Applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}\n`
        : 'The database is up to date.\n',
    );
  } finally {
    await database.close();
  }
}

export async function userCreateCommand(
  config: Config,
  opts: { email: string; name: string; admin: boolean },
): Promise<void> {
  const email = parseOrFail(Email, opts.email, '--email');
  const name = parseOrFail(PersonName, opts.name, '--name');
  const generated = process.stdin.isTTY ? randomBytes(15).toString('base64url') : null;
  const password = parseOrFail(Password, generated ?? (await readStdin()), 'password (stdin)');
  await withDatabase(config, async ({ db }) => {
    // The operator at the console may always create accounts, whatever the registration setting.
    const accounts = new AccountService(db, systemClock, true);
    const user = await accounts.register({ email, name, password }, null);
    if (opts.admin && user.role !== 'admin')
      await db.updateTable('users').set({ role: 'admin' }).where('id', '=', user.id).execute();
    const role = opts.admin || user.role === 'admin' ? 'administrator' : 'member';
    process.stdout.write(`Created ${role} ${name} <${email}>.\n`);
    if (generated) process.stdout.write(`Password (shown only now): ${generated}\n`);
  });
}

export async function tokenCreateCommand(
  config: Config,
  opts: { email: string; name: string },
): Promise<void> {
  const email = parseOrFail(Email, opts.email, '--email');
  const name = parseOrFail(z.string().trim().min(1).max(100), opts.name, '--name');
  await withDatabase(config, async ({ db }) => {
    const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (!user) throw new CliError(`No account with the e-mail ${email}.`);
    const created = await new TokenService(new OwnerScope(db, user.id), systemClock).create(name);
    process.stdout.write(
      `Token "${created.name}" for ${email} (shown only now; send it as "Authorization: Bearer <token>"):\n${created.token}\n`,
    );
  });
}

export async function demoCommand(config: Config, opts: { reset: boolean }): Promise<void> {
  const email = 'demo@trellis.example';
  const password = randomBytes(12).toString('base64url');
  await withDatabase(config, async ({ db }) => {
    const existing = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (existing && !opts.reset) {
      throw new CliError(
        `The demo account ${email} already exists. Run "trellis demo --reset" to replace it.`,
      );
    }
    if (existing) await db.deleteFrom('users').where('id', '=', existing.id).execute();
    const accounts = new AccountService(db, systemClock, true);
    const user = await accounts.register({ email, name: 'Dana Demo', password }, null);
    const scope = new OwnerScope(db, user.id);
    const count = await seedDemo(
      new GoalService(scope, systemClock, user.timezone),
      new CheckInService(scope, systemClock, user.timezone),
    );
    const url = config.publicOrigin ?? `http://localhost:${config.port}`;
    process.stdout.write(
      `Created the demo account with ${count} goals, their slices and a year of check-ins.\n\n` +
        `  Start the app:  npm start\n  Open:           ${url}/signin\n  E-mail:         ${email}\n  Password:       ${password}\n`,
    );
  });
}
