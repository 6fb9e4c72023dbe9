// Sending e-mail through SMTP with nodemailer, for the features that write to people (the weekly
// digest, feedback requests). Features see only `Mailer`: none of them knows about SMTP.
import nodemailer from 'nodemailer';
import type { MailConfig } from '../config.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, such as List-Unsubscribe. */
  headers?: Record<string, string>;
}

export interface Mailer {
  /** Sends one message; rejects when the SMTP server does not accept it. */
  send(message: MailMessage): Promise<void>;
  /** Closes the connections kept to the SMTP server. */
  close(): void;
}

// A server that does not answer must not hold a job (and its claims) for nodemailer's default
// of two minutes and more.
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

/** The mailer of the configuration, or null when mail is off. */
export function createMailer(config: MailConfig | null): Mailer | null {
  if (!config) return null;
  // nodemailer reads the URL itself: user and password (percent-decoded), smtps:// as TLS from
  // the start, and STARTTLS whenever an smtp:// server offers it.
  const transport = nodemailer.createTransport({ url: config.smtpUrl, ...TIMEOUTS });
  return {
    async send(message) {
      await transport.sendMail({
        from: config.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        ...(message.headers ? { headers: message.headers } : {}),
      });
    },
    close: () => transport.close(),
  };
}

/** Escapes text for HTML content and double-quoted attributes: every message's HTML part uses it. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
