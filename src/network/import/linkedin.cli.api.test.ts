// `trellis import linkedin <file> --email <account>`, run as a child process (bin/trellis.js, as
// built for the api tier) against real SQLite and PostgreSQL databases; what it wrote is read back
// through the real app on the same database.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useCliDatabase } from '../../../test/cli-database.ts';
import { bodyOf, call, DIALECTS, signIn } from '../../../test/harness.ts';
import { hasStackTrace, runCli } from '../../../test/processes.ts';

// Each CLI run starts Node afresh.
vi.setConfig({ testTimeout: 90_000 });

const PASSWORD = 'correct horse battery staple';
const FILE_2024 = path.join(import.meta.dirname, 'testdata', 'connections-2024.csv');

describe.each(DIALECTS)('trellis import linkedin on %s', (dialect) => {
  const db = useCliDatabase(dialect);

  it('imports the connections into the account’s contacts, then finds them all again', async () => {
    const user = await runCli(['user', 'create', '--email', 'ada@example.com', '--name', 'Ada'], {
      env: db.env,
      input: PASSWORD,
    });
    expect(user.code).toBe(0);
    const first = await runCli(['import', 'linkedin', FILE_2024, '--email', 'ADA@example.com'], {
      env: db.env,
    });
    // stderr is a pipe, not a terminal: no progress bar. The counts: linkedin.reader.test.ts.
    expect({ code: first.code, stderr: first.stderr, stdout: first.stdout }).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'LinkedIn connections for ada@example.com: 10 added, 0 updated, 0 unchanged, 3 skipped\n' +
        '  row 3: has no name\n  row 7: repeats the connection of row 1\n  row 11: has no name\n',
    });
    const again = await runCli(['import', 'linkedin', FILE_2024, '--email', 'ada@example.com'], {
      env: db.env,
    });
    expect(again.stdout.split('\n')[0]).toBe(
      'LinkedIn connections for ada@example.com: 0 added, 0 updated, 10 unchanged, 3 skipped',
    );

    const app = await db.app();
    const cookie = await signIn(app, 'ada@example.com', PASSWORD);
    const { items } = bodyOf(await call(app, { url: '/api/v1/contacts', cookie }), 200, 'contacts');
    expect(items).toHaveLength(10);
  });

  it('exits 2 naming the problem: no such account, no such file, not an export', async () => {
    const noAccount = await runCli(['import', 'linkedin', FILE_2024, '--email', 'nobody@example.com'], {
      env: db.env,
    });
    expect({ code: noAccount.code, stderr: noAccount.stderr }).toEqual({
      code: 2,
      stderr: 'No account with the e-mail nobody@example.com.\n',
    });
    const missing = await runCli(
      ['import', 'linkedin', '/nonexistent/Connections.csv', '--email', 'a@example.com'],
      {
        env: db.env,
      },
    );
    expect({ code: missing.code, stderr: missing.stderr }).toEqual({
      code: 2,
      stderr: 'No such file: /nonexistent/Connections.csv\n',
    });
    const other = path.join(db.dir, 'other.csv');
    fs.writeFileSync(other, 'Title,URL\nA,https://example.org\n');
    const notLinkedIn = await runCli(['import', 'linkedin', other, '--email', 'a@example.com'], {
      env: db.env,
    });
    expect(notLinkedIn.code).toBe(2);
    expect(notLinkedIn.stderr).toBe(
      `${other} is not a LinkedIn connections export: it has no header row with "First Name" and "Last Name".\n`,
    );
    expect(hasStackTrace(notLinkedIn.stderr)).toBe(false);
    const badEmail = await runCli(['import', 'linkedin', FILE_2024, '--email', 'not-an-email'], {
      env: db.env,
    });
    expect({ code: badEmail.code, stderr: badEmail.stderr }).toEqual({
      code: 2,
      stderr: '--email: must be an e-mail address\n',
    });
  });

  it('explains itself in --help', async () => {
    const r = await runCli(['import', 'linkedin', '--help'], { env: db.env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: trellis import linkedin \[options\] <file>/);
    expect(r.stdout).toContain('--email <email>');
  });
});
