// `trellis export` and `trellis import <file>`: the full export of an account, and loading one into
// an account, at the console, through the same code as GET /api/v1/export and POST /api/v1/import.
import fs from 'node:fs';
import { Email } from '../../shared/accounts/account.schema.ts';
import { PortableDocument, PortableImportBody } from '../../shared/exports/portable.schema.ts';
import type { Config } from '../config.ts';
import { portableExport } from '../exports/portable/portable.export.ts';
import { importPortable } from '../exports/portable/portable.import.ts';
import { versionIssue } from '../exports/portable/portable.version.ts';
import { AppError, issuesFromZod } from '../platform/http/errors.ts';
import { CliError } from './cli-error.ts';
import { parseOrFail, withConsole } from './commands.ts';

/** At most this many problems are listed; the rest are counted. */
const LISTED = 20;

/** The problems of a document, one per line, as `path: message`. */
function refusal(file: string, issues: readonly { path: string; message: string }[]): CliError {
  const lines = issues.slice(0, LISTED).map((i) => `  ${i.path}: ${i.message}`);
  if (issues.length > LISTED) lines.push(`  … and ${issues.length - LISTED} more`);
  return new CliError(`${file} cannot be imported:\n${lines.join('\n')}`);
}

/** Writes the account's full export to `out`, or to stdout. */
export async function exportCommand(config: Config, opts: { email: string; out?: string }): Promise<void> {
  const email = parseOrFail(Email, opts.email, '--email');
  const doc = await withConsole(config, async ({ accounts, contextFor }) => {
    const user = await accounts.actorByEmail(email).catch(() => {
      throw new CliError(`No account with the e-mail ${email}.`);
    });
    // Shaped by the API's own answer schema, so the file is what GET /api/v1/export answers.
    return PortableDocument.parse(await portableExport(contextFor(user)));
  });
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  if (opts.out === undefined) process.stdout.write(text);
  else fs.writeFileSync(opts.out, text, { mode: 0o600 });
}

/** Loads the document in `file` into the account; prints what was written and what was skipped. */
export async function importDocumentCommand(
  config: Config,
  file: string,
  opts: { email: string },
): Promise<void> {
  const email = parseOrFail(Email, opts.email, '--email');
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === 'ENOENT') throw new CliError(`No such file: ${file}`);
    if (code === 'EISDIR') throw new CliError(`${file} is a folder, not a file made by \`trellis export\`.`);
    if (err instanceof SyntaxError) throw new CliError(`${file} is not JSON: ${err.message}`);
    throw err;
  }
  const issue = versionIssue(json);
  if (issue) throw refusal(file, [issue]);
  const parsed = PortableImportBody.safeParse(json);
  if (!parsed.success) throw refusal(file, issuesFromZod(parsed.error, 'document'));

  const summary = await withConsole(config, async ({ accounts, contextFor }) => {
    const user = await accounts.actorByEmail(email).catch(() => {
      throw new CliError(`No account with the e-mail ${email}.`);
    });
    try {
      return await importPortable(contextFor(user), parsed.data);
    } catch (err) {
      if (err instanceof AppError && err.issues) throw refusal(file, err.issues);
      throw err;
    }
  });
  const counts = Object.entries(summary.imported)
    .map(([section, n]) => `${section} ${n}`)
    .join(', ');
  const skipped = summary.skipped.map((s) => `  skipped ${s.count} ${s.section}: ${s.reason}\n`).join('');
  process.stdout.write(`Imported into ${email}: ${counts}\n${skipped}`);
}
