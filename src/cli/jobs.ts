// `trellis jobs run --at <instant>`: runs at once what the scheduler would find due at that
// instant (the weekly digests), under the same once-only rule, for operators and tests.
import { z } from 'zod';
import type { Config } from '../config.ts';
import { sendDueDigests } from '../digest/digest.service.ts';
import { allMigrations, allTableRules, features } from '../features.ts';
import { createAccess } from '../platform/access/access.ts';
import { systemClock } from '../platform/clock.ts';
import { openDatabase } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { createMailer } from '../platform/mail.ts';
import { VERSION } from '../version.ts';
import { CliError } from './cli-error.ts';

// With its offset (Z or ±hh:mm): an instant without one would mean the server's own time zone.
const Instant = z.iso.datetime({ offset: true });

export async function jobsRunCommand(config: Config, opts: { at: string }): Promise<void> {
  if (!Instant.safeParse(opts.at).success) {
    throw new CliError(
      `--at must be an ISO 8601 date and time with its offset, such as 2027-05-17T08:00:00Z, not "${opts.at}".`,
    );
  }
  const at = new Date(opts.at);
  const mailer = createMailer(config.mail);
  if (!mailer) {
    throw new CliError('Mail is off: set SMTP_URL and TRELLIS_MAIL_FROM to send the weekly digests.');
  }
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database, allMigrations());
    const access = createAccess(
      database.db,
      allTableRules(),
      features.flatMap((f) => f.relationships ?? []),
    );
    const run = await sendDueDigests({ config, clock: systemClock, access, version: VERSION, mailer }, at);
    const failed = run.failed > 0 ? `, ${run.failed} failed` : '';
    process.stdout.write(
      `Weekly digests due at ${at.toISOString()}: ${run.sent} sent, ${run.skipped} skipped${failed}.\n`,
    );
    if (run.failed > 0) {
      const why = run.firstError instanceof Error ? run.firstError.message : String(run.firstError);
      process.stderr.write(`The first failure: ${why}\nThey are given back, to be sent by a later run.\n`);
      process.exitCode = 1;
    }
  } finally {
    mailer.close();
    await database.close();
  }
}
