// `trellis jobs run --at` as a child process, on both databases: it sends the weekly digests due
// at that instant through a real SMTP server on loopback, once, and says how many.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../shared/calendar.ts';
import { useCliDatabase } from '../../test/cli-database.ts';
import { createContact } from '../../test/factories.ts';
import { DIALECTS, signUp } from '../../test/harness.ts';
import { type MailServer, startMailServer } from '../../test/mail-server.ts';
import { runCli } from '../../test/processes.ts';
import { digestWeekAt } from '../digest/domain/digest-week.ts';

// Each CLI run starts Node afresh (1-5 s on a busy machine).
vi.setConfig({ testTimeout: 90_000 });

describe.each(DIALECTS)('trellis jobs run on %s', (dialect) => {
  const db = useCliDatabase(dialect);
  let smtp: MailServer;
  beforeAll(async () => {
    smtp = await startMailServer();
  });
  afterAll(() => smtp?.close());
  const mailEnv = () => ({ ...db.env, SMTP_URL: smtp.url, TRELLIS_MAIL_FROM: 'trellis@example.com' });

  it('sends the digests due at --at once, and nothing when run again', async () => {
    // The accounts are made now, on the real clock. The digest due now is at or before now, so the
    // one two Mondays later is more than 7 days ahead. A contact with a one-day cadence added today
    // is due tomorrow, so well overdue by then: something to say for Ada, nothing for Cy.
    const at = `${addDays(digestWeekAt(new Date(), 'UTC'), 14)}T08:00:00.000Z`;
    const app = await db.app();
    const ada = await signUp(app);
    await signUp(app);
    await createContact(app, ada.cookie, { name: 'Grace Hopper', keepInTouchDays: 1 });

    const first = await runCli(['jobs', 'run', '--at', at], { env: mailEnv() });
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
    // Ada: sent. Cy: nothing to say, skipped.
    expect(first.stdout).toBe(`Weekly digests due at ${at}: 1 sent, 1 skipped.\n`);
    expect(smtp.to(ada.user.email)).toHaveLength(1);
    expect(smtp.to(ada.user.email)[0]!.decoded).toContain('Grace Hopper');

    const again = await runCli(['jobs', 'run', '--at', at], { env: mailEnv() });
    expect(again.stdout).toBe(`Weekly digests due at ${at}: 0 sent, 2 skipped.\n`);
    expect(smtp.to(ada.user.email)).toHaveLength(1);
  });

  it('says so, and sends nothing, when mail is off', async () => {
    const r = await runCli(['jobs', 'run', '--at', '2027-05-17T08:00:00Z'], { env: db.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Mail is off: set SMTP_URL and TRELLIS_MAIL_FROM to send the weekly digests.\n');
  });

  it.each(['2027-05-17', '2027-05-17T08:00:00', 'next monday'])(
    'refuses --at %j, naming the option',
    async (value) => {
      const r = await runCli(['jobs', 'run', '--at', value], { env: mailEnv() });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^--at must be an ISO 8601 date and time with its offset/);
    },
  );
});
