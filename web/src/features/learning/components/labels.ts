// Words for the learning capability's values, in one place so every screen names things alike.
// Types only from learning.schema.ts: its values would bring zod into pages without forms.

import type {
  LEARNING_FORMATS,
  LEARNING_KINDS,
  LEARNING_STATUSES,
  LearningActivity,
} from '@shared/learning/learning.schema.ts';
import { formatQuantity } from '@shared/numbers.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';

export type LearningKind = (typeof LEARNING_KINDS)[number];
export type LearningFormat = (typeof LEARNING_FORMATS)[number];
export type LearningStatus = (typeof LEARNING_STATUSES)[number];

export const KIND_LABELS: Record<LearningKind, string> = {
  course: 'Course',
  certification: 'Certification',
  workshop: 'Workshop',
  seminar: 'Seminar',
  conference: 'Conference',
  book: 'Book',
  degree: 'Degree',
  on_the_job: 'On-the-job training',
};

export const FORMAT_LABELS: Record<LearningFormat, string> = {
  online: 'Online',
  in_person: 'In person',
  blended: 'Blended',
};

/** Statuses in the order the Learning page lists them: what is under way first. */
export const STATUS_LABELS: Record<LearningStatus, string> = {
  in_progress: 'In progress',
  planned: 'Planned',
  completed: 'Completed',
  dropped: 'Dropped',
};

export const KINDS = Object.keys(KIND_LABELS) as LearningKind[];
export const FORMATS = Object.keys(FORMAT_LABELS) as LearningFormat[];
export const STATUSES = Object.keys(STATUS_LABELS) as LearningStatus[];

/** Hours to two decimals with their unit, as the API counts them: "2.25 hours", "1 hour". */
export function hoursText(hours: number): string {
  return formatQuantity(hours, 'hours', 2);
}

/** "2.25 of 10 hours" with a plan, "2.25 hours" without. */
export function hoursAgainstPlan(activity: Pick<LearningActivity, 'hoursSpent' | 'hoursPlanned'>): string {
  if (activity.hoursPlanned === null) return hoursText(activity.hoursSpent);
  return `${formatQuantity(activity.hoursSpent, '', 2)} of ${hoursText(activity.hoursPlanned)}`;
}

/** A cost in its currency, in the browser's locale: "€450.00", "¥12,000". */
export function costText(cost: NonNullable<LearningActivity['cost']>): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: cost.currency }).format(
      cost.amount,
    );
  } catch {
    // A code this browser's data does not know yet (a new currency): the number and the code.
    return `${cost.amount.toLocaleString()} ${cost.currency}`;
  }
}

/** A currency's name in English, for the currency select: "Euro"; the code when unknown. */
export function currencyName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Mar 1 – Apr 30, 2026" as the locale writes both dates; "From …", "Until …"; null with neither. */
export function datesText(start: string | null, end: string | null): string | null {
  if (start && end) return start === end ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return `From ${formatDate(start)}`;
  if (end) return `Until ${formatDate(end)}`;
  return null;
}
