import type { Mentorship, Party } from '@shared/mentoring/mentorship.schema.ts';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import {
  canAssess,
  canChange,
  canEdit,
  canTick,
  editableFields,
  endAction,
  isInvitationToMe,
  writeBlock,
} from './permissions.ts';

const mentor: Party = {
  role: 'mentor',
  me: false,
  name: 'Bob Stone',
  email: 'bob@example.com',
  contactId: null,
};
const mentee: Party = {
  role: 'mentee',
  me: true,
  name: 'Ann Lee',
  email: 'ann@example.com',
  contactId: null,
};

/** Ann (the mentee) with Bob, who she invited; active unless said otherwise. */
const facts = (over: Partial<Mentorship> = {}) => ({
  state: 'active' as Mentorship['state'],
  invitedByMe: true,
  myRole: 'mentee' as Mentorship['myRole'],
  mentor,
  mentee,
  endedOn: null,
  shareSkills: false,
  ...over,
});

describe('writeBlock', () => {
  it('lets anything be added while active', () => {
    expect(writeBlock(facts())).toBeNull();
  });

  it('says what to wait for, or what to do, while invited', () => {
    expect(writeBlock(facts({ state: 'invited' }))).toBe(
      'Sessions and action items start once Bob Stone accepts your invitation.',
    );
    expect(writeBlock(facts({ state: 'invited', invitedByMe: false }))).toBe(
      'Accept the invitation to record sessions and action items.',
    );
  });

  it('says who declined', () => {
    expect(writeBlock(facts({ state: 'declined' }))).toBe(
      'Bob Stone declined the invitation, so nothing can be added.',
    );
    expect(writeBlock(facts({ state: 'declined', invitedByMe: false }))).toBe(
      'You declined the invitation, so nothing can be added.',
    );
  });

  it('says when it ended and that nothing is shared', () => {
    expect(writeBlock(facts({ state: 'ended', endedOn: '2026-04-30' }))).toBe(
      `This mentorship ended on ${formatDate('2026-04-30')}: nothing can be added or changed, and nothing is shared any more.`,
    );
  });
});

describe('changing sessions and action items', () => {
  it('is for the one who added them, while active', () => {
    expect(canChange({ byMe: true }, { state: 'active' })).toBe(true);
    expect(canChange({ byMe: false }, { state: 'active' })).toBe(false);
    expect(canChange({ byMe: true }, { state: 'ended' })).toBe(false);
  });

  it('lets either side tick an item while active', () => {
    expect(canTick({ state: 'active' })).toBe(true);
    expect(canTick({ state: 'ended' })).toBe(false);
    expect(canTick({ state: 'invited' })).toBe(false);
  });
});

describe('editing the mentorship', () => {
  it('is open while active only: an invitation is answered as it was made', () => {
    expect(canEdit({ state: 'active' })).toBe(true);
    expect(canEdit({ state: 'invited' })).toBe(false);
    expect(canEdit({ state: 'ended' })).toBe(false);
    expect(canEdit({ state: 'declined' })).toBe(false);
  });

  it('gives the mentee every field and the mentor focus and cadence only', () => {
    expect(editableFields({ myRole: 'mentee' })).toEqual([
      'focus',
      'cadenceDays',
      'skillIds',
      'goalIds',
      'shareSkills',
    ]);
    expect(editableFields({ myRole: 'mentor' })).toEqual(['focus', 'cadenceDays']);
  });
});

describe('endAction', () => {
  it('ends an active mentorship for both sides', () => {
    expect(endAction(facts())).toEqual({
      label: 'End mentorship',
      title: 'End your mentorship with Bob Stone?',
      consequence:
        'This ends it for both of you; nothing is shared any more, and no session or action item can be added.',
      done: 'Your mentorship with Bob Stone has ended.',
    });
  });

  it('withdraws an invitation I sent, named by its e-mail', () => {
    const waiting = facts({ state: 'invited', mentor: { ...mentor, name: null } });
    expect(endAction(waiting)).toMatchObject({
      label: 'Withdraw invitation',
      title: 'Withdraw your invitation to bob@example.com?',
    });
  });

  it('offers nothing for an invitation to me (declined instead) or one already over', () => {
    expect(endAction(facts({ state: 'invited', invitedByMe: false }))).toBeNull();
    expect(endAction(facts({ state: 'ended' }))).toBeNull();
    expect(endAction(facts({ state: 'declined' }))).toBeNull();
  });
});

describe('canAssess', () => {
  it('is for the mentor of an active mentorship whose mentee shares her skills', () => {
    expect(canAssess({ state: 'active', myRole: 'mentor', shareSkills: true })).toBe(true);
    expect(canAssess({ state: 'active', myRole: 'mentor', shareSkills: false })).toBe(false);
    expect(canAssess({ state: 'active', myRole: 'mentee', shareSkills: true })).toBe(false);
    expect(canAssess({ state: 'ended', myRole: 'mentor', shareSkills: true })).toBe(false);
  });
});

describe('isInvitationToMe', () => {
  it('is an invitation someone else sent', () => {
    expect(isInvitationToMe({ state: 'invited', invitedByMe: false })).toBe(true);
    expect(isInvitationToMe({ state: 'invited', invitedByMe: true })).toBe(false);
    expect(isInvitationToMe({ state: 'active', invitedByMe: false })).toBe(false);
  });
});
