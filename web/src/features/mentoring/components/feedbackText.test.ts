import { describe, expect, it } from 'vitest';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { answerLevel, feedbackMailto, feedbackUrl, recipientName, subjectPhrase } from './feedbackText.ts';

describe('feedbackUrl', () => {
  it('puts the link after the origin with exactly one slash', () => {
    expect(feedbackUrl('https://trellis.example', '/feedback/abc123')).toBe(
      'https://trellis.example/feedback/abc123',
    );
    expect(feedbackUrl('https://trellis.example/', '/feedback/abc123')).toBe(
      'https://trellis.example/feedback/abc123',
    );
    expect(feedbackUrl('http://127.0.0.1:3000', 'feedback/abc123')).toBe(
      'http://127.0.0.1:3000/feedback/abc123',
    );
  });

  it('keeps a link that is already a whole address', () => {
    expect(feedbackUrl('https://a.example', 'https://b.example/feedback/x')).toBe(
      'https://b.example/feedback/x',
    );
  });
});

describe('subjectPhrase and recipientName', () => {
  it('names what a request is about by its kind', () => {
    expect(subjectPhrase({ kind: 'goal', label: 'Speak at two meetups' })).toBe(
      'the goal “Speak at two meetups”',
    );
    expect(subjectPhrase({ kind: 'skill', label: 'Public speaking' })).toBe('the skill “Public speaking”');
    expect(subjectPhrase({ kind: 'topic', label: 'My last talk' })).toBe('“My last talk”');
  });

  it('names the recipient by the contact’s name, else the e-mail', () => {
    expect(recipientName({ email: 'cy@example.com', contactId: 'c1', name: 'Cy Young' })).toBe('Cy Young');
    expect(recipientName({ email: 'cy@example.com', contactId: null, name: null })).toBe('cy@example.com');
  });
});

describe('feedbackMailto', () => {
  const href = feedbackMailto({
    to: 'cy+work@example.com',
    fromName: 'Ann Lee',
    about: { kind: 'skill', label: 'Public speaking' },
    url: 'https://trellis.example/feedback/abc?x=1&y=2',
    expiresOn: '2026-04-09',
  });

  it('addresses the recipient, keeping the @ and escaping the rest', () => {
    expect(href.startsWith('mailto:cy%2Bwork@example.com?subject=')).toBe(true);
  });

  it('fills in the subject and a body with the link and its last day', () => {
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(query.get('subject')).toBe('Could you give me some feedback on the skill “Public speaking”?');
    const body = query.get('body')!;
    expect(body.split('\r\n')).toEqual([
      'Hello,',
      '',
      'I would value your feedback on the skill “Public speaking”. There are a few short questions; you can answer them here, without an account:',
      '',
      'https://trellis.example/feedback/abc?x=1&y=2',
      '',
      `The link works until ${formatDate('2026-04-09')}, and for one answer.`,
      '',
      'Thank you,',
      'Ann Lee',
    ]);
  });

  it('writes spaces as %20 and never +, which mail programs would show', () => {
    expect(href).not.toContain('+');
    expect(href).toContain('Could%20you%20give%20me');
    // The link's own & and ? are escaped, so they stay inside the body.
    expect(href).toContain('abc%3Fx%3D1%26y%3D2');
  });
});

describe('answerLevel', () => {
  it('shows a level with its name', () => {
    expect(answerLevel(4)).toBe('4 · proficient');
    expect(answerLevel(0)).toBe('0 · none');
  });
});
