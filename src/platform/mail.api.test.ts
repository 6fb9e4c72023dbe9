// The mailer against a real SMTP server on loopback: what it sends is what a mail client reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MailServer, startMailServer } from '../../test/mail-server.ts';
import { createMailer } from './mail.ts';

describe('the mailer', () => {
  let server: MailServer;
  beforeAll(async () => {
    server = await startMailServer();
  });
  afterAll(() => server.close());

  it('is null when mail is off', () => {
    expect(createMailer(null)).toBeNull();
  });

  it('sends one message with a plain-text and an HTML part, the From of the settings and extra headers', async () => {
    const mailer = createMailer({ smtpUrl: server.url, from: 'Trellis <trellis@example.com>' })!;
    try {
      await mailer.send({
        to: 'ada@example.com',
        subject: 'Your week in Trellis',
        text: 'Plain words for plain readers.',
        html: '<p>Words in <b>HTML</b>.</p>',
        headers: { 'List-Unsubscribe': '<https://trellis.example.com/unsubscribe/abc>' },
      });
    } finally {
      mailer.close();
    }
    const [mail] = server.to('ada@example.com');
    expect(mail).toBeDefined();
    expect(mail!.header('from')).toBe('Trellis <trellis@example.com>');
    expect(mail!.header('to')).toBe('ada@example.com');
    expect(mail!.header('subject')).toBe('Your week in Trellis');
    expect(mail!.header('list-unsubscribe')).toBe('<https://trellis.example.com/unsubscribe/abc>');
    // Two alternatives of one message: a client shows the HTML one, or else the text.
    expect(mail!.header('content-type')).toMatch(/^multipart\/alternative; boundary=/);
    expect(mail!.raw).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    expect(mail!.raw).toMatch(/^Content-Type: text\/html; charset=utf-8$/m);
    expect(mail!.decoded).toContain('Plain words for plain readers.');
    expect(mail!.decoded).toContain('<p>Words in <b>HTML</b>.</p>');
  });

  it('signs in with the user and password of SMTP_URL', async () => {
    const mailer = createMailer({
      smtpUrl: `smtp://digest%40example.com:p%40ss@127.0.0.1:${server.port}`,
      from: 'trellis@example.com',
    })!;
    try {
      await mailer.send({ to: 'bo@example.com', subject: 'Hello', text: 'Hi', html: '<p>Hi</p>' });
    } finally {
      mailer.close();
    }
    expect(server.logins).toContain('digest@example.com');
    expect(server.to('bo@example.com')).toHaveLength(1);
  });

  it('rejects when no SMTP server answers', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const mailer = createMailer({ smtpUrl: 'smtp://127.0.0.1:1', from: 'trellis@example.com' })!;
    try {
      await expect(
        mailer.send({ to: 'cy@example.com', subject: 'Lost', text: 'x', html: '<p>x</p>' }),
      ).rejects.toThrow();
    } finally {
      mailer.close();
    }
  });
});
