// Feedback requests in words and links: what one is about, who it went to, the address to send, a
// prefilled e-mail, and a level given in an answer.
import type { FeedbackRequest, FeedbackSubject } from '@shared/mentoring/feedback.schema.ts';
import type { z } from 'zod';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { levelLabel } from '../../skills/components/labels.ts';

type Subject = z.infer<typeof FeedbackSubject>;

/** "the goal “Speak at two meetups”", "the skill “Public speaking”", "“Running retrospectives”". */
export function subjectPhrase(about: Pick<Subject, 'kind' | 'label'>): string {
  if (about.kind === 'goal') return `the goal “${about.label}”`;
  if (about.kind === 'skill') return `the skill “${about.label}”`;
  return `“${about.label}”`;
}

/** Who a request went to: the contact's name, else the e-mail. */
export function recipientName(to: FeedbackRequest['to']): string {
  return to.name ?? to.email ?? 'a contact';
}

/**
 * The address to send: the app's origin with the API's `/feedback/<token>`, one slash between them
 * whatever either side brings; a `link` that is already a whole address is kept as it is.
 */
export function feedbackUrl(origin: string, link: string): string {
  if (/^https?:\/\//i.test(link)) return link;
  return `${origin.replace(/\/+$/, '')}/${link.replace(/^\/+/, '')}`;
}

export interface MailDraft {
  to: string;
  fromName: string;
  about: Pick<Subject, 'kind' | 'label'>;
  url: string;
  /** The last day the link may be answered. */
  expiresOn: string;
}

/**
 * A `mailto:` address with the subject and body filled in, for the requester's own mail program
 * (Trellis sends no e-mail). Each part is percent-encoded, spaces as %20 and lines as %0D%0A, as
 * RFC 6068 asks; the address keeps its @.
 */
export function feedbackMailto(draft: MailDraft): string {
  const subject = `Could you give me some feedback on ${subjectPhrase(draft.about)}?`;
  const body = [
    'Hello,',
    '',
    `I would value your feedback on ${subjectPhrase(draft.about)}. There are a few short questions; you can answer them here, without an account:`,
    '',
    draft.url,
    '',
    `The link works until ${formatDate(draft.expiresOn)}, and for one answer.`,
    '',
    'Thank you,',
    draft.fromName,
  ].join('\r\n');
  const address = encodeURIComponent(draft.to).replace(/%40/g, '@');
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** A level given in an answer, with its name: "4 · proficient". */
export const answerLevel = (level: number): string => levelLabel(level);
