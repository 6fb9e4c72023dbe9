import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../platform/mail.ts';
import { type DigestContent, formatMinutes, hasSomethingToSay, renderDigest } from './digest.render.ts';

const NOTHING = { learningMinutes: 0, practiceMinutes: 0, contentDone: 0, interactions: 0 };
const empty = (over: Partial<DigestContent> = {}): DigestContent => ({
  name: 'Ada',
  week: '2027-05-17',
  attention: [],
  contactsDue: [],
  actionItems: [],
  credentials: [],
  lastWeek: NOTHING,
  ...over,
});
const LINKS = {
  origin: 'https://trellis.example.com',
  unsubscribeUrl: 'https://trellis.example.com/unsubscribe/u1.mac',
};

describe('hasSomethingToSay', () => {
  it('is false for an empty week with nothing to look at', () => {
    expect(hasSomethingToSay(empty())).toBe(false);
  });

  it('is true for one thing to look at, or anything done last week', () => {
    expect(hasSomethingToSay(empty({ contactsDue: [{ contactId: 'c', name: 'Bo', daysOverdue: 0 }] }))).toBe(
      true,
    );
    expect(hasSomethingToSay(empty({ lastWeek: { ...NOTHING, interactions: 1 } }))).toBe(true);
  });
});

describe('formatMinutes', () => {
  it.each([
    [0, '0 min'],
    [45, '45 min'],
    [60, '1 h'],
    [150, '2 h 30 min'],
  ])('writes %d minutes as %s', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});

describe('renderDigest', () => {
  const content = empty({
    name: 'Ada <Admin>',
    attention: [{ goalId: 'g1', title: 'Ship <b>it</b> & "more"', reasons: ['No check-in for 15 days.'] }],
    contactsDue: [{ contactId: 'c1', name: 'Bo Ek', daysOverdue: 3 }],
    actionItems: [{ mentorshipId: 'm1', title: 'Read chapter 3', dueOn: '2027-05-20', withName: 'Cy' }],
    credentials: [{ activityId: 'a1', title: 'AWS SAA', expiresOn: '2027-06-01', daysLeft: 15 }],
    lastWeek: { learningMinutes: 150, practiceMinutes: 60, contentDone: 2, interactions: 1 },
  });

  it('counts the things to look at in the subject: 1 goal + 1 contact + 1 item + 1 credential = 4', () => {
    expect(renderDigest(content, LINKS).subject).toBe('Your week in Trellis: 4 things need attention');
    expect(renderDigest(empty({ contactsDue: content.contactsDue }), LINKS).subject).toBe(
      'Your week in Trellis: 1 thing needs attention',
    );
    expect(renderDigest(empty({ lastWeek: content.lastWeek }), LINKS).subject).toBe(
      'Your week in Trellis: last week in numbers',
    );
  });

  it('writes every section in plain text, each line with its link', () => {
    const { text } = renderDigest(content, LINKS);
    expect(text).toContain(
      'Goals that need attention (1)\n- Ship <b>it</b> & "more": No check-in for 15 days.\n  https://trellis.example.com/goals/g1\n',
    );
    expect(text).toContain('- Bo Ek, 3 days overdue\n  https://trellis.example.com/network/contacts/c1\n');
    expect(text).toContain(
      '- Read chapter 3 (with Cy), due May 20, 2027\n  https://trellis.example.com/mentoring/m1\n',
    );
    expect(text).toContain(
      '- AWS SAA, expires Jun 1, 2027 (in 15 days)\n  https://trellis.example.com/learning/a1\n',
    );
    // The week of Monday 2027-05-17 looks back on Monday 05-10 to Sunday 05-16.
    expect(text).toContain(
      'Last week in numbers (May 10, 2027 to May 16, 2027)\n- Learning: 2 h 30 min\n- Practice: 1 h\n- Content done: 2\n- Interactions: 1\n',
    );
    expect(text).toContain('Stop it: https://trellis.example.com/unsubscribe/u1.mac');
  });

  it('escapes every text people wrote in the HTML part', () => {
    const { html } = renderDigest(content, LINKS);
    expect(html).toContain('<p>Hello Ada &lt;Admin&gt;,</p>');
    expect(html).toContain(
      '<li><a href="https://trellis.example.com/goals/g1">Ship &lt;b&gt;it&lt;/b&gt; &amp; &quot;more&quot;: No check-in for 15 days.</a></li>',
    );
    expect(html).not.toContain('<b>it</b>');
    expect(html).toContain('<a href="https://trellis.example.com/unsubscribe/u1.mac">Stop it</a>');
  });

  it('leaves links out without a public origin', () => {
    const { text, html } = renderDigest(content, { origin: null, unsubscribeUrl: null });
    expect(text).not.toContain('http');
    expect(html).not.toContain('<a ');
    expect(text).toContain('You can turn it off in your account settings.');
  });

  it('escapes the five characters HTML gives meaning to', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
