import type { Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { describe, expect, it } from 'vitest';
import {
  mentorshipChange,
  mentorshipFields,
  mentorshipInput,
  mentorshipValues,
  newMentorshipValues,
  toggleGoal,
} from './mentorshipFormValues.ts';

const speaking = { id: 's1', name: 'Public speaking', kind: 'soft' as const, category: null };

describe('a new mentorship', () => {
  it('invites an e-mail as my mentor, with every optional field left out or cleared', () => {
    expect(mentorshipInput({ ...newMentorshipValues(), email: 'bob@example.com' })).toEqual({
      myRole: 'mentee',
      with: { email: 'bob@example.com' },
      focus: null,
      skillIds: [],
      cadenceDays: null,
      goalIds: [],
      shareSkills: false,
    });
  });

  it('keeps a contact, with focus, skills, goals, a cadence and my skills shared', () => {
    const values = {
      ...newMentorshipValues(),
      withKind: 'contact' as const,
      email: 'typed before switching',
      contact: { id: 'c1', name: 'Bob Stone', email: null },
      focus: '  Speaking at conferences ',
      skills: [speaking],
      goalIds: ['g2', 'g1'],
      cadenceDays: '14',
      shareSkills: true,
    };
    expect(mentorshipInput(values)).toEqual({
      myRole: 'mentee',
      with: { contactId: 'c1' },
      focus: 'Speaking at conferences',
      skillIds: ['s1'],
      cadenceDays: 14,
      goalIds: ['g2', 'g1'],
      shareSkills: true,
    });
  });

  it('sends an unchosen contact as empty, so the schema says so at the contact', () => {
    const body = mentorshipInput({ ...newMentorshipValues(), withKind: 'contact' });
    expect(body.with).toEqual({ contactId: '' });
  });

  it('sends no goals and no sharing of skills as a mentor: they are the mentee’s', () => {
    const body = mentorshipInput({
      ...newMentorshipValues('mentor'),
      email: 'ann@example.com',
      goalIds: ['g1'],
      shareSkills: true,
      skills: [speaking],
    });
    expect(body).toEqual({
      myRole: 'mentor',
      with: { email: 'ann@example.com' },
      focus: null,
      skillIds: ['s1'],
      cadenceDays: null,
    });
  });

  it('passes a cadence that is not a number on, for the schema to refuse', () => {
    expect(mentorshipInput({ ...newMentorshipValues(), cadenceDays: 'two weeks' }).cadenceDays).toBeNaN();
  });

  it('points the person’s errors at the field in use', () => {
    expect(mentorshipFields('email').with?.id).toBe('mentorship-email');
    expect(mentorshipFields('contact')['with.contactId']?.id).toBe('mentorship-contact');
  });
});

describe('changing a mentorship', () => {
  const mentorship: Mentorship = {
    id: 'm1',
    state: 'active',
    myRole: 'mentee',
    mentor: { role: 'mentor', me: false, name: 'Bob Stone', email: 'bob@example.com', contactId: null },
    mentee: { role: 'mentee', me: true, name: 'Ann Lee', email: 'ann@example.com', contactId: null },
    invitedByMe: true,
    focus: 'Speaking',
    skillIds: ['s1'],
    goalIds: ['g1'],
    cadenceDays: 21,
    shareSkills: true,
    startedOn: '2026-03-02',
    endedOn: null,
    lastSessionOn: null,
    nextSessionOn: '2026-03-23',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
  };

  it('gives back what the mentee may change, as it was', () => {
    expect(mentorshipChange(mentorshipValues(mentorship, [speaking]))).toEqual({
      focus: 'Speaking',
      cadenceDays: 21,
      skillIds: ['s1'],
      goalIds: ['g1'],
      shareSkills: true,
    });
  });

  it('sends only focus and cadence from the mentor, cleared when emptied', () => {
    const values = {
      ...mentorshipValues({ ...mentorship, myRole: 'mentor' }, [speaking]),
      focus: ' ',
      cadenceDays: '',
    };
    expect(mentorshipChange(values)).toEqual({ focus: null, cadenceDays: null });
  });
});

describe('toggleGoal', () => {
  it('adds a goal at the end and removes it wherever it is', () => {
    expect(toggleGoal(['g1'], 'g2', true)).toEqual(['g1', 'g2']);
    expect(toggleGoal(['g1', 'g2'], 'g1', false)).toEqual(['g2']);
    expect(toggleGoal(['g1'], 'g1', true)).toEqual(['g1']);
  });
});
