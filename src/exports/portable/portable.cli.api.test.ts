// `trellis export --email <account> [--out file]` and `trellis import <file> --email <account>`,
// run as child processes (bin/trellis.js, as built for the api tier) on SQLite; what they read and
// wrote is checked through the real app on the same database.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useCliDatabase } from '../../../test/cli-database.ts';
import { sumMetric } from '../../../test/factories.ts';
import { signIn } from '../../../test/harness.ts';
import { created, exportOf, normalise } from '../../../test/portable.ts';
import { hasStackTrace, runCli } from '../../../test/processes.ts';

// Each CLI run starts Node afresh.
vi.setConfig({ testTimeout: 120_000 });

const PASSWORD = 'correct horse battery staple';

describe('trellis export and import on sqlite', () => {
  const db = useCliDatabase('sqlite');
  const cli = (args: string[], input?: string) =>
    runCli(args, { env: db.env, ...(input !== undefined ? { input } : {}) });
  const account = async (email: string, name: string) => {
    expect((await cli(['user', 'create', '--email', email, '--name', name], PASSWORD)).code).toBe(0);
  };

  it('writes the account’s document, and loads it into another account with new ids', async () => {
    await account('ada@example.com', 'Ada Quill');
    await account('bo@example.com', 'Bo Ek');
    const app = await db.app();
    const ada = await signIn(app, 'ada@example.com', PASSWORD);
    const post = (url: string, body: unknown) => created(app, ada, url, body);
    const goal = await post('/api/v1/goals', {
      title: 'Study 10 h',
      startDate: '2026-01-01',
      metric: sumMetric('h', 10),
    });
    await post(`/api/v1/goals/${goal.id}/check-ins`, { date: '2026-01-02', value: 1 });
    const course = await post('/api/v1/learning', { kind: 'course', title: 'Parsing', goalId: goal.id });
    await post(`/api/v1/learning/${course.id}/log`, { date: '2026-01-03', minutes: 90 });
    const grace = await post('/api/v1/contacts', { name: 'Grace Hopper' });
    await post('/api/v1/mentorships', { myRole: 'mentee', with: { contactId: grace.id } });

    const file = path.join(db.dir, 'ada.json');
    const written = await cli(['export', '--email', 'ADA@example.com', '--out', file]);
    expect({ code: written.code, stdout: written.stdout, stderr: written.stderr }).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    // The file is hers alone, and what the API answers (but for the instant it was made).
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    const answered = await exportOf(app, ada);
    expect({ ...doc, exportedAt: 'T' }).toEqual({ ...answered, exportedAt: 'T' });
    const printed = await cli(['export', '--email', 'ada@example.com']);
    expect(printed.code).toBe(0);
    expect({ ...JSON.parse(printed.stdout), exportedAt: 'T' }).toEqual({ ...doc, exportedAt: 'T' });

    const loaded = await cli(['import', file, '--email', 'bo@example.com']);
    expect({ code: loaded.code, stderr: loaded.stderr, stdout: loaded.stdout }).toEqual({
      code: 0,
      stderr: '',
      // One check-in typed in, one the 90 minutes of learning wrote again.
      stdout:
        'Imported into bo@example.com: skills 0, roles 0, targets 0, assessments 0, goals 1, checkIns 2, ' +
        'learning 1, learningLog 1, practice 0, content 0, feeds 0, contacts 1, interactions 0\n' +
        '  skipped 1 mentorships: a mentorship is a tie with another person; it stays where it was made\n',
    });
    const bo = await signIn(app, 'bo@example.com', PASSWORD);
    const again = await exportOf(app, bo);
    expect(again.settings.name).toBe('Ada Quill');
    expect(normalise(again)).toEqual(normalise({ ...doc, mentorships: [] }));
    expect(again.goals[0].id).not.toBe(doc.goals[0].id);
  });

  it('exits 2 naming the problem, and loads nothing', async () => {
    await account('bo@example.com', 'Bo Ek');
    const app = await db.app();
    const bo = await signIn(app, 'bo@example.com', PASSWORD);
    const empty = await exportOf(app, bo);

    const noAccount = await cli(['export', '--email', 'nobody@example.com']);
    expect({ code: noAccount.code, stderr: noAccount.stderr }).toEqual({
      code: 2,
      stderr: 'No account with the e-mail nobody@example.com.\n',
    });
    const missing = await cli(['import', '/nonexistent/export.json', '--email', 'bo@example.com']);
    expect({ code: missing.code, stderr: missing.stderr }).toEqual({
      code: 2,
      stderr: 'No such file: /nonexistent/export.json\n',
    });

    const v2 = path.join(db.dir, 'v2.json');
    fs.writeFileSync(v2, JSON.stringify({ ...empty, version: 2 }));
    const refused = await cli(['import', v2, '--email', 'bo@example.com']);
    expect({ code: refused.code, stderr: refused.stderr }).toEqual({
      code: 2,
      stderr: `${v2} cannot be imported:\n  version: must be 1, of a "trellis-export" document (GET /api/v1/export makes one)\n`,
    });

    const broken = path.join(db.dir, 'broken.json');
    fs.writeFileSync(
      broken,
      JSON.stringify({
        ...empty,
        interactions: [
          {
            id: 'i1',
            date: '2026-01-05',
            kind: 'call',
            contactIds: ['nobody'],
            notes: null,
            followUpOn: null,
            followUpDoneOn: null,
            goalId: null,
            createdAt: '2026-01-05T10:00:00.000Z',
            updatedAt: '2026-01-05T10:00:00.000Z',
          },
        ],
      }),
    );
    const unlinked = await cli(['import', broken, '--email', 'bo@example.com']);
    expect({ code: unlinked.code, stderr: unlinked.stderr }).toEqual({
      code: 2,
      stderr: `${broken} cannot be imported:\n  interactions.0.contactIds.0: names no record of this document\n`,
    });
    expect(hasStackTrace(unlinked.stderr)).toBe(false);
    expect(await exportOf(app, bo)).toEqual({ ...empty, exportedAt: expect.any(String) });

    // LinkedIn's import keeps its own --email, after its name.
    const linkedin = await cli([
      'import',
      'linkedin',
      '/nonexistent/Connections.csv',
      '--email',
      'bo@example.com',
    ]);
    expect({ code: linkedin.code, stderr: linkedin.stderr }).toEqual({
      code: 2,
      stderr: 'No such file: /nonexistent/Connections.csv\n',
    });
  });
});
