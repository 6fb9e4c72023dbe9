// The session and action item forms' values as typed, and the bodies they make for the API.
import type { ActionItem, MentoringSession, MentorshipRole } from '@shared/mentoring/mentorship.schema.ts';
import type { z } from 'zod';
import type { CreateActionItemBody, CreateSessionBody, UpdateActionItemBody } from '../api/schemas.ts';
import { orNull } from './person.ts';

export interface SessionFormValues {
  date: string;
  agenda: string;
  notes: string;
  privateNotes: string;
}

/** A new session: today, nothing written yet. */
export const newSessionValues = (today: string): SessionFormValues => ({
  date: today,
  agenda: '',
  notes: '',
  privateNotes: '',
});

/** A session I wrote, to change it (its private notes are mine, so I see them). */
export const sessionValues = (s: MentoringSession): SessionFormValues => ({
  date: s.date,
  agenda: s.agenda ?? '',
  notes: s.notes ?? '',
  privateNotes: s.privateNotes ?? '',
});

/** A session's body, new or changed: every field, an emptied one cleared. */
export function sessionInput(v: SessionFormValues): z.input<typeof CreateSessionBody> {
  return {
    date: v.date,
    agenda: orNull(v.agenda),
    notes: orNull(v.notes),
    privateNotes: orNull(v.privateNotes),
  };
}

export interface ActionItemFormValues {
  title: string;
  dueOn: string;
  assignee: MentorshipRole;
  /** The mentee's goal it serves, or "" for none. */
  goalId: string;
}

/** A new action item: for the mentee (what a mentorship mostly agrees on), without a date or goal. */
export const newActionItemValues = (): ActionItemFormValues => ({
  title: '',
  dueOn: '',
  assignee: 'mentee',
  goalId: '',
});

export const actionItemValues = (item: ActionItem): ActionItemFormValues => ({
  title: item.title,
  dueOn: item.dueOn ?? '',
  assignee: item.assignee,
  goalId: item.goalId ?? '',
});

export function actionItemInput(v: ActionItemFormValues): z.input<typeof CreateActionItemBody> {
  return { title: v.title, dueOn: v.dueOn || null, assignee: v.assignee, goalId: v.goalId || null };
}

/** A change of an item I added: its title and due date (who it is for and its goal stay). */
export function actionItemChange(v: ActionItemFormValues): z.input<typeof UpdateActionItemBody> {
  return { title: v.title, dueOn: v.dueOn || null };
}
