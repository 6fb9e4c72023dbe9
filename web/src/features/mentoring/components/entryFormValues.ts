// The session and action item forms' values as typed, and the bodies they make for the API.
import type { ActionItem, MentoringSession, MentorshipRole } from '@shared/mentoring/mentorship.schema.ts';
import type { z } from 'zod';
import type { CreateActionItemBody, CreateSessionBody, UpdateActionItemBody } from '../api/schemas.ts';
import { orNull } from './person.ts';

export interface SessionFormValues {
  date: string;
  /** HH:MM, or '' for a day without a time. */
  time: string;
  /** Whole minutes as typed, or ''. */
  minutes: string;
  agenda: string;
  notes: string;
  privateNotes: string;
}

/** A new session: today, nothing written yet. */
export const newSessionValues = (today: string): SessionFormValues => ({
  date: today,
  time: '',
  minutes: '',
  agenda: '',
  notes: '',
  privateNotes: '',
});

/** The time of day (HH:MM) an instant reads in `timeZone`. */
export const timeOfDay = (instant: string, timeZone: string): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(instant),
  );

/**
 * A session I wrote, to change it (its private notes are mine, so I see them); its time as my
 * zone reads it, the zone the API reads a time in.
 */
export const sessionValues = (s: MentoringSession, timeZone: string): SessionFormValues => ({
  date: s.date,
  time: s.startsAt ? timeOfDay(s.startsAt, timeZone) : '',
  minutes: s.minutes === null ? '' : String(s.minutes),
  agenda: s.agenda ?? '',
  notes: s.notes ?? '',
  privateNotes: s.privateNotes ?? '',
});

/** A session's body, new or changed: every field, an emptied one cleared. */
export function sessionInput(v: SessionFormValues): z.input<typeof CreateSessionBody> {
  const minutes = v.minutes.trim();
  return {
    date: v.date,
    time: v.time === '' ? null : v.time,
    // A number the schema checks (whole, in range); text that is none fails there, at its field.
    minutes: minutes === '' ? null : Number(minutes),
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
