// The e-mail that carries a feedback request's link to the person asked, when the instance sends
// mail: who asks, about what, the questions, and until when the link works. The link needs no
// account, so it reaches people who have none.
import { formatDate } from '../../shared/calendar.ts';
import type { CreatedFeedbackRequest } from '../../shared/mentoring/feedback.schema.ts';
import { escapeHtml, type MailMessage } from '../platform/mail.ts';

/** The message to `to` for a request just made by `fromName`, its link under `origin`. */
export function feedbackMessage(
  to: string,
  fromName: string,
  request: Pick<CreatedFeedbackRequest, 'about' | 'questions' | 'expiresOn' | 'link'>,
  origin: string,
): MailMessage {
  const url = `${origin}${request.link}`;
  const about = `“${request.about.label}”`;
  const until = formatDate(request.expiresOn);
  const text = [
    'Hello,',
    '',
    `${fromName} asks for your feedback on ${about}:`,
    '',
    ...request.questions.map((q) => `- ${q}`),
    '',
    `Answer here, no account needed: ${url}`,
    `The link works until ${until}.`,
    '',
    'Trellis, the professional development planner',
  ].join('\n');
  const html = [
    '<p>Hello,</p>',
    `<p>${escapeHtml(fromName)} asks for your feedback on ${escapeHtml(about)}:</p>`,
    '<ul>',
    ...request.questions.map((q) => `<li>${escapeHtml(q)}</li>`),
    '</ul>',
    `<p><a href="${escapeHtml(url)}">Answer here</a>, no account needed. The link works until ${escapeHtml(until)}.</p>`,
    '<p>Trellis, the professional development planner</p>',
  ].join('\n');
  return { to, subject: `${fromName} asks for your feedback on ${about}`, text, html };
}
