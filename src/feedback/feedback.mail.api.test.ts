// Feedback requests e-mailed through a real SMTP server on loopback, on both databases: the link
// goes to the e-mail asked, or a contact's first one, readable in both parts; a contact without an
// e-mail, or a mail server that refuses, leaves the link for the requester to send. 2027-05-15.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContact, NOON_2027_05_15, requestFeedback } from '../../test/factories.ts';
import { DIALECTS, signUp, useTestApp } from '../../test/harness.ts';
import { type MailServer, startMailServer } from '../../test/mail-server.ts';
import { fixedClock } from '../platform/clock.ts';

const ORIGIN = 'http://localhost';

describe.each(DIALECTS)('feedback requests by e-mail on %s', (dialect) => {
  let smtp: MailServer;
  // Filled in before the app starts (this hook runs before useTestApp's), once the port is known.
  const env: Record<string, string> = { TRELLIS_PUBLIC_URL: ORIGIN };
  beforeAll(async () => {
    smtp = await startMailServer();
    Object.assign(env, { SMTP_URL: smtp.url, TRELLIS_MAIL_FROM: 'Trellis <trellis@example.com>' });
  });
  afterAll(() => smtp?.close());
  const t = useTestApp(dialect, { env, clock: fixedClock(NOON_2027_05_15) });

  it('e-mails the link to the address asked, the questions and the last day in both parts', async () => {
    const { cookie } = await signUp(t.app, { name: 'Ann <Lee>' });
    const to = `reviewer-${dialect}@example.com`;
    const created = await requestFeedback(t.app, cookie, {
      to: { email: to },
      about: { topic: 'Talks & demos' },
      questions: ['What should I keep?', 'What should I drop?'],
      expiresInDays: 10,
    });
    expect(created.emailedTo).toBe(to);
    const [mail, ...more] = smtp.to(to);
    expect(more).toEqual([]);
    expect(mail!.header('subject')).toBe('Ann <Lee> asks for your feedback on “Talks & demos”');
    const url = `${ORIGIN}${created.link}`;
    // Plain text as written; HTML with the name and the topic escaped. 2027-05-15 + 10 = 05-25.
    expect(mail!.decoded).toContain(`Answer here, no account needed: ${url}`);
    expect(mail!.decoded).toContain('- What should I drop?');
    expect(mail!.decoded).toContain('The link works until May 25, 2027.');
    expect(mail!.decoded).toContain('<p>Ann &lt;Lee&gt; asks for your feedback on “Talks &amp; demos”:</p>');
    expect(mail!.decoded).toContain(`<a href="${url}">Answer here</a>`);
  });

  it('e-mails a contact at their first address, and leaves the link to send for one without', async () => {
    const { cookie } = await signUp(t.app);
    const first = `grace-${dialect}@example.com`;
    const grace = await createContact(t.app, cookie, {
      name: 'Grace Hopper',
      emails: [
        { value: first, label: 'work' },
        { value: `grace-home-${dialect}@example.com`, label: 'home' },
      ],
    });
    const sent = await requestFeedback(t.app, cookie, { to: { contactId: grace.id } });
    expect(sent.emailedTo).toBe(first);
    expect(smtp.to(first)).toHaveLength(1);
    expect(smtp.to(`grace-home-${dialect}@example.com`)).toEqual([]);

    const before = smtp.received.length;
    const alan = await createContact(t.app, cookie, { name: 'Alan Kay' });
    const unsent = await requestFeedback(t.app, cookie, { to: { contactId: alan.id } });
    expect(unsent.emailedTo).toBeNull();
    expect(smtp.received.length).toBe(before);
  });
});

describe('feedback requests when the mail server refuses', () => {
  // Nothing listens on port 9 of loopback: every connection is refused.
  const t = useTestApp('sqlite', {
    env: { SMTP_URL: 'smtp://127.0.0.1:9', TRELLIS_MAIL_FROM: 'trellis@example.com' },
    clock: fixedClock(NOON_2027_05_15),
  });

  it('keeps the request and answers its link, for the requester to send', async () => {
    const { cookie } = await signUp(t.app);
    const created = await requestFeedback(t.app, cookie, { to: { email: 'reviewer@example.com' } });
    expect(created.emailedTo).toBeNull();
    expect(created.link).toMatch(/^\/feedback\/[A-Za-z0-9_-]{43}$/);
    expect(created.state).toBe('open');
  });
});
