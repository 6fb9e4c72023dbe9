import type { Mentorship, Party } from '@shared/mentoring/mentorship.schema.ts';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import {
  cadenceText,
  invitationText,
  nextSessionText,
  otherName,
  relationText,
  sharedTitle,
  stateText,
} from './mentorshipText.ts';

const ann: Party = { role: 'mentee', me: true, name: 'Ann Lee', email: 'ann@example.com', contactId: null };
const bob: Party = {
  role: 'mentor',
  me: false,
  name: 'Bob Stone',
  email: 'bob@example.com',
  contactId: null,
};
const invitedBob: Party = { ...bob, name: null };

/** Ann's side of a mentorship with Bob as her mentor. */
const annWithBob = (over: Partial<Mentorship> = {}): Mentorship => ({
  id: 'm1',
  state: 'active',
  myRole: 'mentee',
  mentor: bob,
  mentee: ann,
  invitedByMe: true,
  focus: null,
  skillIds: [],
  goalIds: [],
  cadenceDays: 14,
  shareSkills: false,
  startedOn: '2026-03-02',
  endedOn: null,
  lastSessionOn: null,
  nextSessionOn: '2026-03-16',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  ...over,
});
/** The same mentorship as Bob sees it. */
const bobWithAnn = (over: Partial<Mentorship> = {}): Mentorship =>
  annWithBob({
    myRole: 'mentor',
    mentor: { ...bob, me: true },
    mentee: { ...ann, me: false },
    invitedByMe: false,
    ...over,
  });

describe('the other side', () => {
  it('is the mentor for the mentee and the mentee for the mentor', () => {
    expect(otherName(annWithBob())).toBe('Bob Stone');
    expect(otherName(bobWithAnn())).toBe('Ann Lee');
  });

  it('is the invited e-mail until the invitation is accepted', () => {
    expect(otherName(annWithBob({ state: 'invited', mentor: invitedBob }))).toBe('bob@example.com');
    expect(relationText(annWithBob({ state: 'invited', mentor: invitedBob }))).toBe(
      'bob@example.com, invited as your mentor',
    );
  });

  it('says who is whose', () => {
    expect(relationText(annWithBob())).toBe('Bob Stone is your mentor');
    expect(relationText(bobWithAnn())).toBe('You mentor Ann Lee');
  });

  it('says what an invitation to me asks of me', () => {
    expect(invitationText(bobWithAnn({ state: 'invited' }))).toBe('Ann Lee asks you to mentor them');
    expect(invitationText(annWithBob({ state: 'invited', invitedByMe: false }))).toBe(
      'Bob Stone offers to mentor you',
    );
  });
});

describe('stateText', () => {
  it('says who is waiting for whom while invited', () => {
    expect(stateText(annWithBob({ state: 'invited', mentor: invitedBob }))).toBe(
      'Waiting for bob@example.com to accept',
    );
    expect(stateText(bobWithAnn({ state: 'invited' }))).toBe('Waiting for your answer');
  });

  it('dates the start and the end', () => {
    expect(stateText(annWithBob())).toBe(`Active since ${formatDate('2026-03-02')}`);
    expect(stateText(annWithBob({ state: 'ended', endedOn: '2026-05-01' }))).toBe(
      `Ended on ${formatDate('2026-05-01')}`,
    );
  });

  it('says who declined', () => {
    expect(stateText(annWithBob({ state: 'declined' }))).toBe('Bob Stone declined the invitation');
    expect(stateText(bobWithAnn({ state: 'declined' }))).toBe('You declined the invitation');
  });
});

describe('cadenceText', () => {
  it('writes whole weeks as weeks and the rest as days', () => {
    expect(cadenceText(null)).toBe('No agreed cadence');
    expect(cadenceText(1)).toBe('Every day');
    expect(cadenceText(7)).toBe('Every week');
    expect(cadenceText(14)).toBe('Every 2 weeks');
    expect(cadenceText(10)).toBe('Every 10 days');
  });
});

describe('nextSessionText', () => {
  const today = '2026-03-10';

  it('counts the days to the next session', () => {
    // 16 March is 6 days after 10 March.
    expect(nextSessionText(annWithBob(), today)).toEqual({
      text: 'Next session due in 6 days',
      overdue: false,
    });
    expect(nextSessionText(annWithBob({ nextSessionOn: '2026-03-11' }), today)?.text).toBe(
      'Next session due tomorrow',
    );
    expect(nextSessionText(annWithBob({ nextSessionOn: today }), today)?.text).toBe('Next session due today');
  });

  it('marks a session overdue from the day after it was due', () => {
    expect(nextSessionText(annWithBob({ nextSessionOn: '2026-03-09' }), today)).toEqual({
      text: 'Next session overdue by 1 day',
      overdue: true,
    });
    // From 28 February to 10 March, 2026 (not a leap year): 10 days.
    expect(nextSessionText(annWithBob({ nextSessionOn: '2026-02-28' }), today)?.text).toBe(
      'Next session overdue by 10 days',
    );
  });

  it('says nothing without a cadence or once the mentorship is not active', () => {
    expect(nextSessionText(annWithBob({ nextSessionOn: null }), today)).toBeNull();
    expect(nextSessionText(annWithBob({ state: 'ended' }), today)).toBeNull();
  });
});

describe('sharedTitle', () => {
  it('names what the mentor sees from each side', () => {
    expect(sharedTitle(bobWithAnn())).toBe('What Ann Lee shares with you');
    expect(sharedTitle(annWithBob())).toBe('What Bob Stone sees');
  });
});
