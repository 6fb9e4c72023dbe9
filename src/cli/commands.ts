import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Email, Password, PersonName } from '../../shared/accounts/account.schema.ts';
import { AccountService } from '../accounts/account.service.ts';
import { TokenService } from '../accounts/token.service.ts';
import type { Config } from '../config.ts';
import { allMigrations, allTableRules } from '../features.ts';
import { CheckInService } from '../goals/check-in.service.ts';
import { seedDemo } from '../goals/goal.demo.ts';
import { GoalService } from '../goals/goal.service.ts';
import { LinkedInError, readLinkedIn } from '../network/import/linkedin.reader.ts';
import { importLinkedIn } from '../network/import/linkedin.service.ts';
import { createAccess, type InstanceScope } from '../platform/access/access.ts';
import type { Actor } from '../platform/access/actor.ts';
import { systemClock } from '../platform/clock.ts';
import { openDatabase } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { AppError } from '../platform/http/errors.ts';
import { type RequestContext, requestContext } from '../platform/http/request-context.ts';
import {
  ImportError,
  type ImportSource,
  readImport,
  saveImport,
  summaryLines,
} from '../skills/import/import.service.ts';
import { filesInFolder } from '../skills/import/import-file.ts';
import { progressBar } from '../skills/import/progress-bar.ts';

import { CliError } from './cli-error.ts';

/** What a console command works with: the account service, and a request context for any person. */
interface Console {
  accounts: AccountService;
  contextFor(actor: Actor): RequestContext;
  /** The instance's own tables, for the catalogue imports. */
  instance: InstanceScope;
}

// The operator at the console may always create accounts, whatever the registration setting.
const CONSOLE: Pick<Actor, 'role' | 'via'> = { role: 'member', via: 'console' };

export async function withConsole<T>(config: Config, fn: (console: Console) => Promise<T>): Promise<T> {
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database, allMigrations());
    const access = createAccess(database.db, allTableRules());
    return await fn({
      accounts: new AccountService(access, systemClock, true),
      contextFor: (actor) => requestContext(actor, access, systemClock),
      instance: access.instance,
    });
  } catch (err) {
    if (err instanceof AppError) throw new CliError(err.message);
    throw err;
  } finally {
    await database.close();
  }
}

export function parseOrFail<T>(schema: z.ZodType<T>, value: unknown, flag: string): T {
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
    const applied = await migrateToLatest(database, allMigrations());
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
  await withConsole(config, async ({ accounts }) => {
    const user = await accounts.register({ email, name, password }, CONSOLE);
    if (opts.admin && user.role !== 'admin') await accounts.makeAdmin(user.id);
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
  await withConsole(config, async ({ accounts, contextFor }) => {
    const user = await accounts.actorByEmail(email).catch(() => {
      throw new CliError(`No account with the e-mail ${email}.`);
    });
    const created = await new TokenService(contextFor(user)).create(name);
    process.stdout.write(
      `Token "${created.name}" for ${email} (shown only now; send it as "Authorization: Bearer <token>"):\n${created.token}\n`,
    );
  });
}

export async function demoCommand(config: Config, opts: { reset: boolean }): Promise<void> {
  const email = 'demo@trellis.example';
  const password = randomBytes(12).toString('base64url');
  await withConsole(config, async ({ accounts, contextFor }) => {
    const exists = await accounts.actorByEmail(email).then(
      () => true,
      () => false,
    );
    if (exists && !opts.reset) {
      throw new CliError(
        `The demo account ${email} already exists. Run "trellis demo --reset" to replace it.`,
      );
    }
    if (exists) await accounts.deleteByEmail(email);
    const user = await accounts.register({ email, name: 'Dana Demo', password }, CONSOLE);
    const ctx = contextFor(user);
    const count = await seedDemo(new GoalService(ctx), new CheckInService(ctx));
    const url = config.publicOrigin ?? `http://localhost:${config.port}`;
    process.stdout.write(
      `Created the demo account with ${count} goals, their slices and a year of check-ins.\n\n` +
        `  Start the app:  npm start\n  Open:           ${url}/signin\n  E-mail:         ${email}\n  Password:       ${password}\n`,
    );
  });
}

/**
 * `trellis import onet|esco <folder>`: reads the folder's files (before opening the database, so a
 * wrong folder changes nothing), writes them in one transaction, and prints one line per kind of
 * record. A progress bar goes to stderr while it reads, when stderr is a terminal.
 */
export async function importCommand(config: Config, source: ImportSource, folder: string): Promise<void> {
  const files = (() => {
    try {
      return filesInFolder(folder);
    } catch (err) {
      throw err instanceof ImportError ? new CliError(err.message) : err;
    }
  })();
  const bar = process.stderr.isTTY ? progressBar(process.stderr) : null;
  let data: Awaited<ReturnType<typeof readImport>>;
  try {
    data = await readImport(source, files, bar?.update);
  } catch (err) {
    bar?.clear();
    if (err instanceof ImportError) throw new CliError(`${folder}: ${err.message}`);
    throw err;
  }
  bar?.say('Writing to the database…');
  let summary: Awaited<ReturnType<typeof saveImport>>;
  try {
    summary = await withConsole(config, ({ instance }) => saveImport(instance, data, systemClock.now()));
  } finally {
    bar?.clear();
  }
  process.stdout.write(`${summaryLines(summary).join('\n')}\n`);
}

/**
 * `trellis import linkedin <file> --email <account>`: reads the file (before opening the database,
 * so a wrong file changes nothing), imports it into the account's contacts in one transaction, and
 * prints a summary line and a line per skipped row. A progress bar goes to stderr while it writes,
 * when stderr is a terminal.
 */
export async function linkedinImportCommand(
  config: Config,
  file: string,
  opts: { email: string },
): Promise<void> {
  const email = parseOrFail(Email, opts.email, '--email');
  let connections: ReturnType<typeof readLinkedIn>;
  try {
    connections = readLinkedIn(fs.readFileSync(file));
  } catch (err) {
    if (err instanceof LinkedInError) throw new CliError(`${file} ${err.message}.`);
    const code = (err as { code?: unknown }).code;
    if (code === 'ENOENT') throw new CliError(`No such file: ${file}`);
    if (code === 'EISDIR') throw new CliError(`${file} is a folder, not a Connections.csv file.`);
    throw err;
  }
  const bar = process.stderr.isTTY ? progressBar(process.stderr) : null;
  const name = path.basename(file);
  const summary = await withConsole(config, async ({ accounts, contextFor }) => {
    const user = await accounts.actorByEmail(email).catch(() => {
      throw new CliError(`No account with the e-mail ${email}.`);
    });
    try {
      return await importLinkedIn(contextFor(user), connections, (done, total) =>
        bar?.update({ file: name, rows: done, bytes: done, size: total }),
      );
    } finally {
      bar?.clear();
    }
  });
  const skipped = summary.skipped.map((s) => `  row ${s.row}: ${s.reason}\n`).join('');
  process.stdout.write(
    `LinkedIn connections for ${email}: ${summary.added} added, ${summary.updated} updated, ` +
      `${summary.unchanged} unchanged, ${summary.skipped.length} skipped\n${skipped}`,
  );
}
