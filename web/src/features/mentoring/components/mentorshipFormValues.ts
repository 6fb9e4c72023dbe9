// The mentorship form's values as typed, and the bodies they make for the API (checked by its schemas).
import type { Mentorship, MentorshipRole } from '@shared/mentoring/mentorship.schema.ts';
import type { SkillRef } from '@shared/skills/skill.schema.ts';
import type { z } from 'zod';
import type { FieldMap } from '../../../components/FormError.tsx';
import type { CreateMentorshipBody, UpdateMentorshipBody } from '../api/schemas.ts';
import { type ContactChoice, orNull, type PersonKind, personInput, wholeNumberOrNull } from './person.ts';

/** The form as typed: text for the cadence, so a half-typed number survives until checked. */
export interface MentorshipFormValues {
  myRole: MentorshipRole;
  withKind: PersonKind;
  email: string;
  contact: ContactChoice | null;
  focus: string;
  skills: SkillRef[];
  goalIds: string[];
  cadenceDays: string;
  shareSkills: boolean;
}

/** The form's fields by API issue path, in the order they appear; `with` goes to the person's field. */
export function mentorshipFields(withKind: PersonKind): FieldMap {
  const person =
    withKind === 'email'
      ? { id: 'mentorship-email', label: 'Their e-mail', name: 'E-mail' }
      : { id: 'mentorship-contact', label: 'Contact', name: 'Contact' };
  return {
    myRole: { id: 'mentorship-role-mentee', label: 'You are', name: 'Your role' },
    with: person,
    'with.email': person,
    'with.contactId': person,
    focus: { id: 'mentorship-focus', label: 'Focus (optional)', name: 'Focus' },
    skillIds: { id: 'mentorship-skills', label: 'Focus skills (optional)', name: 'Focus skills' },
    goalIds: { id: 'mentorship-goals-0', label: 'Focus goals (optional)', name: 'Focus goals' },
    cadenceDays: {
      id: 'mentorship-cadence',
      label: 'Days between sessions (optional)',
      name: 'Days between sessions',
    },
    shareSkills: { id: 'mentorship-share-skills', label: 'Share my skills', name: 'Share my skills' },
  };
}

/** A new mentorship: I am the mentee unless I came to mentor someone; invited by e-mail. */
export function newMentorshipValues(myRole: MentorshipRole = 'mentee'): MentorshipFormValues {
  return {
    myRole,
    withKind: 'email',
    email: '',
    contact: null,
    focus: '',
    skills: [],
    goalIds: [],
    cadenceDays: '',
    shareSkills: false,
  };
}

/** A mentorship's form, to change it: its focus skills named (`skills`, in its order). */
export function mentorshipValues(m: Mentorship, skills: SkillRef[]): MentorshipFormValues {
  return {
    myRole: m.myRole,
    withKind: 'email',
    email: '',
    contact: null,
    focus: m.focus ?? '',
    skills,
    goalIds: m.goalIds,
    cadenceDays: m.cadenceDays === null ? '' : String(m.cadenceDays),
    shareSkills: m.shareSkills,
  };
}

/**
 * The body of a new mentorship, before the schema checks it. The focus goals and sharing of skills
 * are the mentee's: a mentor's body leaves them out.
 */
export function mentorshipInput(v: MentorshipFormValues): z.input<typeof CreateMentorshipBody> {
  return {
    myRole: v.myRole,
    with: personInput(v.withKind, v.email, v.contact),
    focus: orNull(v.focus),
    skillIds: v.skills.map((s) => s.id),
    cadenceDays: wholeNumberOrNull(v.cadenceDays),
    ...(v.myRole === 'mentee' ? { goalIds: v.goalIds, shareSkills: v.shareSkills } : {}),
  };
}

/**
 * A change of a mentorship (every field I may change, so a cleared one is cleared): focus and cadence
 * from either side; focus skills, goals and sharing of skills from the mentee only.
 */
export function mentorshipChange(v: MentorshipFormValues): z.input<typeof UpdateMentorshipBody> {
  return {
    focus: orNull(v.focus),
    cadenceDays: wholeNumberOrNull(v.cadenceDays),
    ...(v.myRole === 'mentee'
      ? { skillIds: v.skills.map((s) => s.id), goalIds: v.goalIds, shareSkills: v.shareSkills }
      : {}),
  };
}

/** Ticks a goal in or out of the focus, keeping the order they were ticked in. */
export function toggleGoal(goalIds: readonly string[], goalId: string, on: boolean): string[] {
  const without = goalIds.filter((id) => id !== goalId);
  return on ? [...without, goalId] : without;
}
