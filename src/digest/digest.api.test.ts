// The weekly digest on both databases, through a real SMTP server on loopback: once per person and
// week, never for those who turned it off or have nothing to say, once however many app servers
// run it at once, and the unsubscribe link that works without signing in.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSkill, createContact, createGoal, sumMetric } from '../../test/factories.ts';
import { bodyOf, call, DIALECTS, type SignedUp, signUp, useTestApp } from '../../test/harness.ts';
import { type MailServer, type ReceivedMail, startMailServer } from '../../test/mail-server.ts';
import { buildApp } from '../app.ts';
import type { Config } from '../config.ts';
import { allTableRules, features } from '../features.ts';
import { createAccess } from '../platform/access/access.ts';
import type { AppContext } from '../platform/app-context.ts';
import { type Clock, fixedClock } from '../platform/clock.ts';
import { openDatabase } from '../platform/db/database.ts';
import { WEB_APP_CSP } from '../platform/http/headers.ts';
import { redactUrl } from '../platform/http/log-redaction.ts';
import { createMailer } from '../platform/mail.ts';
import { sendDueDigests } from './digest.service.ts';
import { digestFeature } from './index.ts';

// The harness's cookie calls come from http://localhost:80, which must be the public origin.
const ORIGIN = 'http://localhost';
// Everyone signs up on Monday 2027-05-10 at 09:00 UTC (their zone: UTC), an hour after that
// Monday's digest time: that week's digest is not theirs, the next one (Monday 05-17 08:00) is.
const SIGN_UP_AT = '2027-05-10T09:00:00.000Z';
const NEXT_MONDAY = new Date('2027-05-17T08:00:00.000Z');
const MONDAY_AFTER = new Date('2027-05-24T08:00:00.000Z');

/** An app server's context on the test app's database: its own connections, its own mailer. */
function serverContext(config: Config, clock: Clock) {
  const database = openDatabase(config.database);
  const access = createAccess(
    database.db,
    allTableRules(),
    features.flatMap((f) => f.relationships ?? []),
  );
  const mailer = createMailer(config.mail);
  const ctx: AppContext = { config, clock, access, version: 'test', mailer };
  return {
    ctx,
    async close() {
      mailer?.close();
      await database.close();
    },
  };
}

const pathOf = (mail: ReceivedMail) => new URL(mail.header('list-unsubscribe')!.slice(1, -1)).pathname;

describe.each(DIALECTS)('the weekly digest on %s', (dialect) => {
  let smtp: MailServer;
  // Filled in before the app starts (this hook runs before useTestApp's), once the port is known.
  const env: Record<string, string> = { TRELLIS_PUBLIC_URL: ORIGIN };
  beforeAll(async () => {
    smtp = await startMailServer();
    Object.assign(env, { SMTP_URL: smtp.url, TRELLIS_MAIL_FROM: 'Trellis <digest@example.com>' });
  });
  afterAll(() => smtp?.close());
  let clock = fixedClock(SIGN_UP_AT);
  const t = useTestApp(dialect, { env, clock: { now: () => clock.now() } });

  describe('for Ada, Bo and Cy, who signed up on Monday 2027-05-10', () => {
    let server: ReturnType<typeof serverContext>;

    // Ada has a contact due and a quiet goal; Bo has one too but turned the digest off; Cy has
    // nothing; Dee did things last week and has nothing to look at.
    let ada: SignedUp;
    let bo: SignedUp;
    let cy: SignedUp;
    let dee: SignedUp;
    beforeAll(async () => {
      ada = await signUp(t.app, { name: 'Ada <Admin>' });
      bo = await signUp(t.app);
      cy = await signUp(t.app);
      dee = await signUp(t.app);
      for (const person of [ada, bo]) {
        // Added on 2027-05-10 with a week's cadence: next contact 05-10 + 7 = 05-17.
        await createContact(t.app, person.cookie, { name: 'Grace Hopper', keepInTouchDays: 7 });
      }
      // Started 2027-05-01, no check-in: on 05-17 it has been quiet 16 days (≥ 14).
      await createGoal(t.app, ada.cookie, {
        title: 'Ship <b>it</b>',
        startDate: '2027-05-01',
        dueDate: '2027-12-31',
        metric: sumMetric('hours', 100),
      });
      const off = await call(t.app, {
        method: 'PATCH',
        url: '/api/v1/auth/me',
        cookie: bo.cookie,
        body: { digest: 'off' },
      });
      expect(off.status).toBe(200);
      await lastWeekOf(dee);
      server = serverContext(t.config, fixedClock(SIGN_UP_AT));
    });
    afterAll(() => server?.close());

    /** Dee's week of 05-10 to 05-16, and a little before it, logged on Sunday 05-16. */
    async function lastWeekOf(person: SignedUp) {
      clock = fixedClock('2027-05-16T12:00:00.000Z');
      try {
        const post = async (url: string, body: unknown) =>
          bodyOf(await call(t.app, { method: 'POST', url, cookie: person.cookie, body }), 201, url);
        const course = await post('/api/v1/learning', { kind: 'course', title: 'Rust in depth' });
        await post(`/api/v1/learning/${course.id}/log`, { date: '2027-05-11', minutes: 45 });
        await post(`/api/v1/learning/${course.id}/log`, { date: '2027-05-16', minutes: 30 });
        const skill = await aSkill(t.app, person.cookie);
        const practice = { title: 'Pairing', skillIds: [skill.id] };
        await post('/api/v1/practice', { ...practice, date: '2027-05-12', minutes: 90 });
        await post('/api/v1/practice', { ...practice, date: '2027-05-09', minutes: 600 });
        const done = { kind: 'article', title: 'An article', status: 'done' };
        await post('/api/v1/content', { ...done, consumedOn: '2027-05-14' });
        await post('/api/v1/content', { ...done, consumedOn: '2027-05-09' });
        await post('/api/v1/content', { kind: 'article', title: 'Later', status: 'queued' });
        const friend = await createContact(t.app, person.cookie, { name: 'Linus' });
        await post('/api/v1/interactions', { date: '2027-05-13', kind: 'call', contactIds: [friend.id] });
      } finally {
        clock = fixedClock(SIGN_UP_AT);
      }
    }

    it('sends nothing for the week the accounts were made in', async () => {
      // At 10:00 on Monday 05-10 the due digest is that of 05-10 08:00, before anyone signed up:
      // Ada, Cy and Dee (weekly) are skipped, Bo (off) is not counted at all.
      expect(await sendDueDigests(server.ctx, new Date('2027-05-10T10:00:00Z'))).toEqual({
        sent: 0,
        skipped: 3,
        failed: 0,
      });
      expect(smtp.received).toHaveLength(0);
    });

    it('sends one digest on Monday 08:00 to the person with something to say, none to the others', async () => {
      // Ada and Dee: sent. Cy: nothing to say, skipped. Bo: digest off, not counted.
      expect(await sendDueDigests(server.ctx, NEXT_MONDAY)).toEqual({ sent: 2, skipped: 1, failed: 0 });
      expect(smtp.to(ada.user.email)).toHaveLength(1);
      expect(smtp.to(bo.user.email)).toHaveLength(0);
      expect(smtp.to(cy.user.email)).toHaveLength(0);

      const mail = smtp.to(ada.user.email)[0]!;
      // One quiet goal + one contact due = 2 things.
      expect(mail.header('subject')).toBe('Your week in Trellis: 2 things need attention');
      expect(mail.header('from')).toBe('Trellis <digest@example.com>');
      expect(mail.header('list-unsubscribe')).toMatch(
        new RegExp(`^<${ORIGIN}/unsubscribe/${ada.user.id}\\.[A-Za-z0-9_-]{43}>$`),
      );
      expect(mail.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      expect(mail.raw).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
      expect(mail.raw).toMatch(/^Content-Type: text\/html; charset=utf-8$/m);
      expect(mail.decoded).toContain('Hello Ada <Admin>,');
      expect(mail.decoded).toContain('<p>Hello Ada &lt;Admin&gt;,</p>');
      expect(mail.decoded).toContain('Ship &lt;b&gt;it&lt;/b&gt;: No check-in yet, 16 days after the start.');
      // Due on 05-17 itself: 0 days overdue.
      expect(mail.decoded).toContain('- Grace Hopper, due today');
      expect(mail.decoded).toMatch(new RegExp(`${ORIGIN}/network/contacts/[0-9a-f-]{36}`));

      const rows = await t.rows<{ user_id: string; week: string; sent_at: string | null }>(
        // The test's own PostgreSQL client reads a date as a Date: read it as text on both.
        'select user_id, cast(week as text) as week, sent_at from digest_sends order by user_id',
      );
      expect(rows.map((r) => [r.user_id, r.week, r.sent_at !== null]).sort()).toEqual(
        [
          [ada.user.id, '2027-05-17', true],
          [cy.user.id, '2027-05-17', false],
          [dee.user.id, '2027-05-17', true],
        ].sort(),
      );
    });

    it('tells last week in numbers, the seven days before the Monday and no others', async () => {
      const [mail] = smtp.to(dee.user.email);
      expect(mail!.header('subject')).toBe('Your week in Trellis: last week in numbers');
      // Monday 05-10 to Sunday 05-16; what was logged on 05-09 is the week before.
      expect(mail!.decoded).toContain('Last week in numbers (May 10, 2027 to May 16, 2027)');
      // 45 + 30 = 75 minutes of learning; 90 of practice (not the 600 of 05-09).
      expect(mail!.decoded).toContain('- Learning: 1 h 15 min');
      expect(mail!.decoded).toContain('- Practice: 1 h 30 min');
      // The article done on 05-14 (not that of 05-09, nor the one queued); the call on 05-13.
      expect(mail!.decoded).toContain('- Content done: 1');
      expect(mail!.decoded).toContain('- Interactions: 1');
    });

    it('sends nothing more that week, called again at once or days later', async () => {
      expect(await sendDueDigests(server.ctx, NEXT_MONDAY)).toEqual({ sent: 0, skipped: 3, failed: 0 });
      // Wednesday 05-19 is still the week of Monday 05-17.
      expect(await sendDueDigests(server.ctx, new Date('2027-05-19T12:00:00Z'))).toEqual({
        sent: 0,
        skipped: 3,
        failed: 0,
      });
      expect(smtp.to(ada.user.email)).toHaveLength(1);
      expect(smtp.to(dee.user.email)).toHaveLength(1);
    });

    it('sends each person one digest when two app servers run the job at once', async () => {
      // Four more people with a contact due, so the two servers' runs overlap on several claims.
      const more = [];
      for (let i = 0; i < 4; i += 1) {
        const person = await signUp(t.app);
        await createContact(t.app, person.cookie, { name: 'Alan Turing', keepInTouchDays: 7 });
        more.push(person);
      }
      const clocks = [{ now: () => clock.now() }, { now: () => clock.now() }];
      const apps: FastifyInstance[] = [];
      try {
        for (const c of clocks) {
          const app = await buildApp({ ...t.config, webRoot: null }, { clock: c });
          // Ready at the sign-up instant: the job's first run finds nothing due for anyone.
          await app.ready();
          apps.push(app);
        }
        clock = fixedClock(MONDAY_AFTER.toISOString());
        const jobOf = (app: FastifyInstance) =>
          app.jobs.find((j) => j.name === 'send the weekly digests due')!;
        await Promise.all(apps.map((app) => jobOf(app).run()));
        await Promise.all(apps.map((app) => jobOf(app).run()));
      } finally {
        clock = fixedClock(SIGN_UP_AT);
        for (const app of apps) await app.close();
      }
      // The week of 05-24: Ada's second digest, and each newcomer's first; Bo and Cy none, and Dee
      // none either: she did nothing from 05-17 to 05-23 and has nothing to look at.
      expect(smtp.to(ada.user.email)).toHaveLength(2);
      for (const person of more) expect(smtp.to(person.user.email)).toHaveLength(1);
      expect(smtp.to(bo.user.email)).toHaveLength(0);
      expect(smtp.to(cy.user.email)).toHaveLength(0);
      expect(smtp.to(dee.user.email)).toHaveLength(1);
      const weekRows = await t.rows("select user_id from digest_sends where week = '2027-05-24'");
      // Ada, Cy and Dee (nothing to say) and the four newcomers: one row each.
      expect(weekRows).toHaveLength(7);
    });

    it('shows the unsubscribe page without signing in: a button that posts to the same address', async () => {
      const path = pathOf(smtp.to(ada.user.email)[0]!);
      const res = await t.app.inject({ method: 'GET', url: path });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-security-policy']).toBe(WEB_APP_CSP);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toContain(`<form method="post" action="${path}">`);
      expect(res.body).toContain('<button type="submit">');
      expect(res.body).not.toMatch(/<script|style=/);
      // Looking changes nothing.
      expect(await t.rows('select digest from users where id = ?', [ada.user.id])).toEqual([
        { digest: 'weekly' },
      ]);
    });

    it('turns the digest off with a one-click POST from another site, and sends no more', async () => {
      const path = pathOf(smtp.to(ada.user.email)[0]!);
      const res = await t.app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://mail.example.net' },
        payload: 'List-Unsubscribe=One-Click',
      });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('The weekly digest is off');
      expect(await t.rows('select digest from users where id = ?', [ada.user.id])).toEqual([
        { digest: 'off' },
      ]);
      const me = await call(t.app, { url: '/api/v1/auth/me', cookie: ada.cookie });
      expect(me.json.user.digest).toBe('off');

      // Monday 05-31: Ada is off now, so she gets nothing though her contact is overdue.
      await sendDueDigests(server.ctx, new Date('2027-05-31T08:00:00Z'));
      expect(smtp.to(ada.user.email)).toHaveLength(2);
    });

    it('answers the page’s own form post (no body field) and a second post alike', async () => {
      const path = pathOf(smtp.to(ada.user.email)[1]!);
      for (let i = 0; i < 2; i += 1) {
        const res = await t.app.inject({
          method: 'POST',
          url: path,
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
          payload: '',
        });
        expect(res.statusCode).toBe(200);
      }
    });

    it('refuses a token it did not make (404) and one of the wrong shape (400 naming it)', async () => {
      const path = pathOf(smtp.to(ada.user.email)[0]!);
      // Another person's id under Ada's MAC.
      const forged = path.replace(ada.user.id, cy.user.id);
      const wrong = await call(t.app, { method: 'POST', url: forged });
      expect(wrong.status).toBe(404);
      expect(wrong.json.error.code).toBe('not_found');
      const bad = await call(t.app, { url: '/unsubscribe/not-a-token' });
      expect(bad.status).toBe(400);
      expect(bad.json.error.issues.map((i: { path: string }) => i.path)).toEqual(['token']);
      expect(await t.rows('select digest from users where id = ?', [cy.user.id])).toEqual([
        { digest: 'weekly' },
      ]);
    });

    it('reads form bodies on its own routes only: the rest of the API still refuses them (415)', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'email=a%40example.com&password=x',
      });
      expect(res.statusCode).toBe(415);
    });

    it('keeps the token out of the logs', () => {
      const path = pathOf(smtp.to(ada.user.email)[0]!);
      expect(redactUrl(path, digestFeature.secretPaths ?? [])).toBe('/unsubscribe/[redacted]');
    });
  });
});
