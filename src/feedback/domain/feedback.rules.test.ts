import { describe, expect, it } from 'vitest';
import { answerProblem, assessorOf, sourceOf, stateOf } from './feedback.rules.ts';

describe('a feedback request’s state', () => {
  const open = { answeredAt: null, expiresOn: '2027-06-14' };

  it('is open up to and including its last day', () => {
    expect(stateOf(open, '2027-05-15')).toBe('open');
    expect(stateOf(open, '2027-06-14')).toBe('open');
  });

  it('has expired the day after its last day', () => {
    expect(stateOf(open, '2027-06-15')).toBe('expired');
  });

  it('is answered once answered, even past its last day', () => {
    expect(stateOf({ answeredAt: '2027-05-20T08:00:00.000Z', expiresOn: '2027-06-14' }, '2028-01-01')).toBe(
      'answered',
    );
  });
});

describe('what an answer must hold', () => {
  const aboutSkill = { questionCount: 2, subjectKind: 'skill' as const };

  it('accepts one answer per question, with or without a level about a skill', () => {
    expect(answerProblem(aboutSkill, { answers: ['a', 'b'] })).toBeNull();
    expect(answerProblem(aboutSkill, { answers: ['a', 'b'], level: 0 })).toBeNull();
  });

  it('names the count of questions when the answers do not match it', () => {
    expect(answerProblem(aboutSkill, { answers: ['a'] })).toEqual({
      path: 'answers',
      message: 'must have 2 entries, one per question (got 1)',
    });
    expect(answerProblem({ questionCount: 1, subjectKind: 'topic' }, { answers: ['a', 'b', 'c'] })).toEqual({
      path: 'answers',
      message: 'must have 1 entry, one per question (got 3)',
    });
  });

  it('refuses a level unless the request is about a skill', () => {
    for (const subjectKind of ['goal', 'topic'] as const) {
      expect(answerProblem({ questionCount: 1, subjectKind }, { answers: ['a'], level: 3 })).toEqual({
        path: 'level',
        message: 'is only for a request about a skill',
      });
    }
  });
});

describe('an answer’s level as an assessment', () => {
  it('comes from the first of the contact’s roles that is mentor or manager', () => {
    expect(sourceOf(['friend', 'manager', 'mentor'])).toBe('manager');
    expect(sourceOf(['mentor', 'manager'])).toBe('mentor');
  });

  it('comes from a peer when no role says otherwise', () => {
    expect(sourceOf([])).toBe('peer');
    expect(sourceOf(['peer', 'friend', 'mentee'])).toBe('peer');
  });

  it('names the contact, else the answering account, else the e-mail, else nobody', () => {
    const all = { contactName: 'Ada Quill', accountName: 'Ada Q.', email: 'ada@example.com' };
    expect(assessorOf(all)).toBe('Ada Quill');
    expect(assessorOf({ ...all, contactName: null })).toBe('Ada Q.');
    expect(assessorOf({ contactName: null, accountName: null, email: 'ada@example.com' })).toBe(
      'ada@example.com',
    );
    expect(assessorOf({ contactName: null, accountName: null, email: null })).toBe('Anonymous');
  });
});
