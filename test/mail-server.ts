// A real SMTP server on 127.0.0.1 (a port of its own) for tests that send e-mail: it accepts every
// message, with or without a password, and keeps each as received. Closed by the test that opened it.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's recipients, as the SMTP client named them in RCPT TO. */
  to: string[];
  /** The message exactly as it came over the wire. */
  raw: string;
  /**
   * A header's value, its folded lines joined and its encoded words (RFC 2047, `=?UTF-8?Q?…?=`)
   * decoded; undefined when the message has none.
   */
  header(name: string): string | undefined;
  /**
   * The message with quoted-printable undone (soft line breaks joined, `=XX` decoded): enough to
   * look for text in either part, which nodemailer writes quoted-printable when it is mostly ASCII.
   */
  decoded: string;
}

export interface MailServer {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  port: number;
  received: ReceivedMail[];
  /** The user names clients signed in with (SMTP AUTH), in order. */
  logins: string[];
  /** The messages whose envelope goes to `address`. */
  to(address: string): ReceivedMail[];
  close(): Promise<void>;
}

export async function startMailServer(): Promise<MailServer> {
  const received: ReceivedMail[] = [];
  const logins: string[] = [];
  const server = new SMTPServer({
    // Plain SMTP on loopback: no certificate to make, and nodemailer sends in the clear without STARTTLS.
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push(auth.username ?? '');
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(
          receivedMail(
            session.envelope.rcptTo.map((r) => r.address),
            Buffer.concat(chunks),
          ),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    logins,
    to: (address) => received.filter((m) => m.to.includes(address)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function receivedMail(to: string[], bytes: Buffer): ReceivedMail {
  const raw = bytes.toString('utf8');
  const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).toLowerCase(), encodedWords(line.slice(colon + 1).trim()));
  }
  const decoded = Buffer.from(
    raw
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
  return { to, raw, header: (name) => headers.get(name.toLowerCase()), decoded };
}

/** A header's RFC 2047 encoded words in UTF-8 (Q or B), decoded; the space between two of them dropped. */
function encodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) =>
                String.fromCharCode(Number.parseInt(hex, 16)),
              ),
            'latin1',
          ).toString('utf8'),
    );
}
