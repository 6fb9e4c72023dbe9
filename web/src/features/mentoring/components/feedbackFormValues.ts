// The feedback request form's values as typed, and the body they make for the API.
import { EXPIRY_DEFAULT_DAYS, QUESTIONS_MAX, QUESTIONS_MIN } from '@shared/mentoring/mentoring.limits.ts';
import type { SkillRef } from '@shared/skills/skill.schema.ts';
import type { z } from 'zod';
import type { FieldMap } from '../../../components/FormError.tsx';
import type { CreateFeedbackRequestBody } from '../api/schemas.ts';
import type { SubjectKind } from './labels.ts';
import { type ContactChoice, type PersonKind, personInput } from './person.ts';

export interface FeedbackFormValues {
  toKind: PersonKind;
  email: string;
  contact: ContactChoice | null;
  aboutKind: SubjectKind;
  /** The goal asked about, or "" until chosen. */
  goalId: string;
  skill: SkillRef | null;
  topic: string;
  questions: string[];
  expiresInDays: string;
}

/** Two questions most requests ask, to change or remove: what to keep, what to change. */
export const STARTER_QUESTIONS: readonly string[] = [
  'What is one thing I do well and should keep doing?',
  'What is one thing I could do differently or better?',
];

/** A new request: to an e-mail, about a topic, with the starter questions and the default expiry. */
export function newFeedbackValues(): FeedbackFormValues {
  return {
    toKind: 'email',
    email: '',
    contact: null,
    aboutKind: 'topic',
    goalId: '',
    skill: null,
    topic: '',
    questions: [...STARTER_QUESTIONS],
    expiresInDays: String(EXPIRY_DEFAULT_DAYS),
  };
}

/** The form's fields by API issue path; the subject's errors go to the field of its kind. */
export function feedbackFields(v: Pick<FeedbackFormValues, 'toKind' | 'aboutKind' | 'questions'>): FieldMap {
  const person =
    v.toKind === 'email'
      ? { id: 'feedback-email', label: 'Their e-mail', name: 'E-mail' }
      : { id: 'feedback-contact', label: 'Contact', name: 'Contact' };
  const subject = {
    goal: { id: 'feedback-goal', label: 'Goal' },
    skill: { id: 'feedback-skill', label: 'Skill' },
    topic: { id: 'feedback-topic', label: 'Topic' },
  }[v.aboutKind];
  const questions = Object.fromEntries(
    v.questions.map((_, i) => [
      `questions.${i}`,
      { id: `feedback-question-${i}`, label: `Question ${i + 1}` },
    ]),
  );
  return {
    to: person,
    'to.email': person,
    'to.contactId': person,
    about: subject,
    'about.goalId': subject,
    'about.skillId': subject,
    'about.topic': subject,
    questions: { id: 'feedback-question-0', label: 'Questions' },
    ...questions,
    expiresInDays: { id: 'feedback-expiry', label: 'Days the link stays open', name: 'Days open' },
  };
}

/**
 * The body, before the schema checks it. A goal or skill not chosen yet is sent as "" (as a contact
 * is), so the schema's union tells what the request is about and says so at its field.
 */
export function feedbackInput(v: FeedbackFormValues): z.input<typeof CreateFeedbackRequestBody> {
  const about =
    v.aboutKind === 'goal'
      ? { goalId: v.goalId }
      : v.aboutKind === 'skill'
        ? { skillId: v.skill?.id ?? '' }
        : { topic: v.topic };
  const days = v.expiresInDays.trim();
  return {
    to: personInput(v.toKind, v.email, v.contact),
    about,
    questions: v.questions,
    ...(days === '' ? {} : { expiresInDays: Number(days) }),
  };
}

/** Whether another question may be added, and why not. */
export function questionRoom(questions: readonly string[]): { canAdd: boolean; canRemove: boolean } {
  return { canAdd: questions.length < QUESTIONS_MAX, canRemove: questions.length > QUESTIONS_MIN };
}
