import { Command } from 'commander';
import { ConfigError, loadConfig } from '../config.ts';
import { VERSION } from '../version.ts';
import { CliError, demoCommand, migrateCommand, tokenCreateCommand, userCreateCommand } from './commands.ts';

const program = new Command()
  .name('trellis')
  .description('Trellis: the self-hosted professional development planner.')
  .version(VERSION)
  .showHelpAfterError();

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
  .action(() => migrateCommand(loadConfig()));

const user = program.command('user').description('Manage accounts');
user
  .command('create')
  .description(
    'Create an account; the password is read from stdin, or generated and printed once when stdin is a terminal',
  )
  .requiredOption('--email <email>', 'e-mail address to sign in with')
  .requiredOption('--name <name>', 'display name')
  .option('--admin', 'make the account an instance administrator', false)
  .action((opts: { email: string; name: string; admin: boolean }) => userCreateCommand(loadConfig(), opts));

const token = program.command('token').description('Manage personal API tokens');
token
  .command('create')
  .description('Create a personal API token for an account and print it once')
  .requiredOption('--email <email>', 'the account the token acts as')
  .requiredOption('--name <name>', 'what the token is for, e.g. "backup script"')
  .action((opts: { email: string; name: string }) => tokenCreateCommand(loadConfig(), opts));

program
  .command('demo')
  .description(
    'Create a demo account with a year of realistic goals, slices and check-ins, and print how to sign in',
  )
  .option('--reset', 'replace the demo account if it exists', false)
  .action((opts: { reset: boolean }) => demoCommand(loadConfig(), opts));

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
