// The weekly digest as an e-mail: subject, plain text and HTML, from what was gathered. Pure: the
// same content and links always make the same message.
import { addDays, formatDate } from '../../../shared/calendar.ts';
import { escapeHtml } from '../../platform/mail.ts';

/** What a person's digest says, gathered from the other capabilities. */
export interface DigestContent {
  name: string;
  /** The week's Monday. */
  week: string;
  attention: { goalId: string; title: string; reasons: string[] }[];
  contactsDue: { contactId: string; name: string; daysOverdue: number }[];
  actionItems: { mentorshipId: string; title: string; dueOn: string | null; withName: string | null }[];
  credentials: { activityId: string; title: string; expiresOn: string; daysLeft: number }[];
  /** The seven days before the week's Monday. */
  lastWeek: { learningMinutes: number; practiceMinutes: number; contentDone: number; interactions: number };
}

export interface DigestLinks {
  /** The public origin (`https://trellis.example.com`); null: no links at all. */
  origin: string | null;
  /** The unsubscribe page of this person; null without an origin. */
  unsubscribeUrl: string | null;
}

export interface DigestMail {
  subject: string;
  text: string;
  html: string;
}

/** How many things the digest asks the person to look at. */
export const thingsToDo = (c: DigestContent): number =>
  c.attention.length + c.contactsDue.length + c.actionItems.length + c.credentials.length;

/** True when a digest would say anything: something to look at, or anything done last week. */
export function hasSomethingToSay(c: DigestContent): boolean {
  const w = c.lastWeek;
  return thingsToDo(c) > 0 || w.learningMinutes + w.practiceMinutes + w.contentDone + w.interactions > 0;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Minutes as people read them: "45 min", "2 h", "2 h 30 min". */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes);
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** One line of a section: its words, and the page it links to (a path under the origin). */
interface Line {
  text: string;
  path: string;
}

interface Section {
  title: string;
  lines: Line[];
}

function sectionsOf(c: DigestContent): Section[] {
  const due = (d: { daysOverdue: number }) =>
    d.daysOverdue === 0 ? 'due today' : `${plural(d.daysOverdue, 'day')} overdue`;
  const expires = (x: { expiresOn: string; daysLeft: number }) =>
    `expires ${formatDate(x.expiresOn)} (${x.daysLeft === 0 ? 'today' : `in ${plural(x.daysLeft, 'day')}`})`;
  const sections: Section[] = [
    {
      title: 'Goals that need attention',
      lines: c.attention.map((a) => ({
        text: `${a.title}: ${a.reasons.join(' ')}`,
        path: `/goals/${a.goalId}`,
      })),
    },
    {
      title: 'Contacts to get in touch with',
      lines: c.contactsDue.map((d) => ({
        text: `${d.name}, ${due(d)}`,
        path: `/network/contacts/${d.contactId}`,
      })),
    },
    {
      title: 'Open action items',
      lines: c.actionItems.map((i) => ({
        text: `${i.title}${i.withName ? ` (with ${i.withName})` : ''}${i.dueOn ? `, due ${formatDate(i.dueOn)}` : ''}`,
        path: `/mentoring/${i.mentorshipId}`,
      })),
    },
    {
      title: 'Credentials expiring in the next 30 days',
      lines: c.credentials.map((x) => ({
        text: `${x.title}, ${expires(x)}`,
        path: `/learning/${x.activityId}`,
      })),
    },
  ];
  return sections.filter((s) => s.lines.length > 0);
}

function numbersOf(c: DigestContent): { title: string; lines: string[] } {
  const from = addDays(c.week, -7);
  const to = addDays(c.week, -1);
  const w = c.lastWeek;
  return {
    title: `Last week in numbers (${formatDate(from)} to ${formatDate(to)})`,
    lines: [
      `Learning: ${formatMinutes(w.learningMinutes)}`,
      `Practice: ${formatMinutes(w.practiceMinutes)}`,
      `Content done: ${w.contentDone}`,
      `Interactions: ${w.interactions}`,
    ],
  };
}

function subjectOf(c: DigestContent): string {
  const n = thingsToDo(c);
  if (n === 0) return 'Your week in Trellis: last week in numbers';
  return `Your week in Trellis: ${plural(n, 'thing needs', 'things need')} attention`;
}

/** The digest as an e-mail, with links under `links.origin` when there is one. */
export function renderDigest(c: DigestContent, links: DigestLinks): DigestMail {
  const url = (path: string) => (links.origin ? `${links.origin}${path}` : null);
  const sections = sectionsOf(c);
  const numbers = numbersOf(c);
  const intro = `Here is your week in Trellis, from Monday ${formatDate(c.week)}.`;

  const text: string[] = [`Hello ${c.name},`, '', intro, ''];
  for (const s of sections) {
    text.push(`${s.title} (${s.lines.length})`);
    for (const line of s.lines) {
      text.push(`- ${line.text}`);
      const link = url(line.path);
      if (link) text.push(`  ${link}`);
    }
    text.push('');
  }
  text.push(numbers.title, ...numbers.lines.map((l) => `- ${l}`), '');
  const home = url('/');
  if (home) text.push(`Open Trellis: ${home}`, '');
  text.push('--', 'You get this e-mail on Mondays because the weekly digest is on.');
  if (links.unsubscribeUrl) text.push(`Stop it: ${links.unsubscribeUrl}`);
  else text.push('You can turn it off in your account settings.');

  const a = (path: string, inner: string) => {
    const link = url(path);
    return link ? `<a href="${escapeHtml(link)}">${inner}</a>` : inner;
  };
  const html: string[] = [
    '<!doctype html>',
    '<html><head><meta charset="utf-8"><title>Your week in Trellis</title></head>',
    '<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">',
    `<p>Hello ${escapeHtml(c.name)},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
  ];
  for (const s of sections) {
    html.push(`<h2 style="font-size: 1.1em">${escapeHtml(s.title)} (${s.lines.length})</h2>`, '<ul>');
    for (const line of s.lines) html.push(`<li>${a(line.path, escapeHtml(line.text))}</li>`);
    html.push('</ul>');
  }
  html.push(`<h2 style="font-size: 1.1em">${escapeHtml(numbers.title)}</h2>`, '<ul>');
  for (const line of numbers.lines) html.push(`<li>${escapeHtml(line)}</li>`);
  html.push('</ul>');
  if (home) html.push(`<p>${a('/', 'Open Trellis')}</p>`);
  html.push(
    '<hr>',
    '<p style="color: #555; font-size: 0.9em">You get this e-mail on Mondays because the weekly digest is on. ',
  );
  html.push(
    links.unsubscribeUrl
      ? `<a href="${escapeHtml(links.unsubscribeUrl)}">Stop it</a>.</p>`
      : 'You can turn it off in your account settings.</p>',
  );
  html.push('</body></html>');

  return { subject: subjectOf(c), text: `${text.join('\n')}\n`, html: `${html.join('\n')}\n` };
}
