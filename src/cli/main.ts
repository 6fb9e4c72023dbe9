import { Command } from 'commander';
import { ConfigError, loadConfig } from '../config.ts';
import { VERSION } from '../version.ts';
import { CliError } from './cli-error.ts';

// Each command loads its code when it runs, so `trellis --help` reads no database driver.
const commands = () => import('./commands.ts');

const program = new Command()
  .name('trellis')
  .description('Trellis: the self-hosted professional development planner.')
  .version(VERSION)
  .showHelpAfterError()
  // Each command's options are its own, after its name: `import --email` (a full export) and
  // `import linkedin --email` are different options (see `import` below).
  .enablePositionalOptions();

program
  .command('serve')
  .description('Start the web app and API (configured by PORT, HOST, DATABASE_URL, TRELLIS_DATA_DIR, ...)')
  .action(async () => {
    // Loaded only here, so the other commands start without the web server's modules.
    const { serve } = await import('../server.ts');
    await serve(loadConfig());
  });

program
  .command('migrate')
  .description('Apply pending database migrations and exit')
  .action(async () => (await commands()).migrateCommand(loadConfig()));

const user = program.command('user').description('Manage accounts');
user
  .command('create')
  .description(
    'Create an account; the password is read from stdin, or generated and printed once when stdin is a terminal',
  )
  .requiredOption('--email <email>', 'e-mail address to sign in with')
  .requiredOption('--name <name>', 'display name')
  .option('--admin', 'make the account an instance administrator', false)
  .action(async (opts: { email: string; name: string; admin: boolean }) =>
    (await commands()).userCreateCommand(loadConfig(), opts),
  );

const token = program.command('token').description('Manage personal API tokens');
token
  .command('create')
  .description('Create a personal API token for an account and print it once')
  .requiredOption('--email <email>', 'the account the token acts as')
  .requiredOption('--name <name>', 'what the token is for, e.g. "backup script"')
  .action(async (opts: { email: string; name: string }) =>
    (await commands()).tokenCreateCommand(loadConfig(), opts),
  );

program
  .command('demo')
  .description(
    'Create a demo account with a year of realistic goals, slices and check-ins, and print how to sign in',
  )
  .option('--reset', 'replace the demo account if it exists', false)
  .action(async (opts: { reset: boolean }) => (await commands()).demoCommand(loadConfig(), opts));

program
  .command('export')
  .description(
    'Write the full export of an account (what GET /api/v1/export answers: one JSON document) to stdout or a file',
  )
  .requiredOption('--email <email>', 'the account to export')
  .option('--out <file>', 'write to this file (readable by its owner only) instead of stdout')
  .action(async (opts: { email: string; out?: string }) =>
    (await import('./portable.ts')).exportCommand(loadConfig(), opts),
  );

// `trellis import <file> --email …` loads a full export; `trellis import onet|esco|linkedin …` the others.
const catalogueImport = program
  .command('import')
  .description(
    'Load a full export (a file made by `trellis export`) into an account; or import roles and skills into the ' +
      'instance catalogue from O*NET or ESCO files, or LinkedIn connections into an account',
  )
  .argument('[file]', 'a file made by `trellis export` (or GET /api/v1/export)')
  .option('--email <email>', 'the account to load the file into')
  // Options after `onet`, `esco` or `linkedin` are theirs (linkedin's own --email), not this one's.
  .enablePositionalOptions()
  .action(async (file: string | undefined, opts: { email?: string }, command: Command) => {
    if (file === undefined) return command.help({ error: true });
    if (opts.email === undefined)
      return command.error("error: required option '--email <email>' not specified");
    await (await import('./portable.ts')).importDocumentCommand(loadConfig(), file, { email: opts.email });
  });
catalogueImport
  .command('onet <folder>')
  .description(
    'Import an O*NET database release (text files): Occupation Data, Skills, Knowledge, Abilities, ' +
      'Technology Skills and Content Model Reference, recognised by their header rows; re-running updates in place',
  )
  .action(async (folder: string) => (await commands()).importCommand(loadConfig(), 'onet', folder));
catalogueImport
  .command('esco <folder>')
  .description(
    'Import ESCO CSV files: occupations_en.csv, transversalSkillsCollection_en.csv, ' +
      'ictSkillsCollection_en.csv and occupationSkillRelations_en.csv; re-running updates in place',
  )
  .action(async (folder: string) => (await commands()).importCommand(loadConfig(), 'esco', folder));

catalogueImport
  .command('linkedin <file>')
  .description(
    'Import a LinkedIn Connections.csv ("Get a copy of your data") into the contacts of an account; ' +
      're-running finds each connection again (by profile, e-mail or name) and updates it',
  )
  .requiredOption('--email <email>', 'the account whose contacts they become')
  .action(async (file: string, opts: { email: string }) =>
    (await commands()).linkedinImportCommand(loadConfig(), file, opts),
  );

const jobs = program.command('jobs').description('Run the periodic jobs (the weekly e-mail digests)');
jobs
  .command('run')
  .description(
    'Send, at once, the weekly digests due at --at: for each person, that of the latest Monday 08:00 ' +
      '(their time) at or before it, unless already sent; prints how many were sent and skipped',
  )
  .requiredOption('--at <instant>', 'an ISO 8601 date and time with its offset, e.g. 2027-05-17T08:00:00Z')
  .action(async (opts: { at: string }) => (await import('./jobs.ts')).jobsRunCommand(loadConfig(), opts));

program
  .command('backup <file>')
  .description(
    'Copy the whole instance (SQLite) to <file> while the app runs; on PostgreSQL it says how to use pg_dump',
  )
  .option('--force', 'replace <file> if it exists', false)
  .action(async (file: string, opts: { force: boolean }) =>
    (await import('./backup.ts')).backupCommand(loadConfig(), file, opts),
  );

program
  .command('restore <file>')
  .description(
    "Replace the instance's data (SQLite) with a backup made by `trellis backup`, while the app runs; " +
      'an older backup is migrated up to date',
  )
  .action(async (file: string) => (await import('./backup.ts')).restoreCommand(loadConfig(), file));

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof ConfigError || err instanceof CliError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  // Anything else (an unreachable database, say): the message, not a stack trace, unless debugging.
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`trellis: ${message}\n`);
  if (process.env.LOG_LEVEL === 'debug' && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
}
