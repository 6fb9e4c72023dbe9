// Rules of a learning activity that span its fields, for the server (on a new activity and on the
// result of a change) and the web's form alike.
import { formatDate } from '../calendar.ts';
import type { LearningKind } from './learning.schema.ts';

/** What the rules read of an activity, as it would be stored. */
export interface ActivityFields {
  kind: LearningKind;
  startDate: string | null;
  endDate: string | null;
  hasCredential: boolean;
}

/** The first rule the activity breaks, as the field and the end of a sentence about it; else null. */
export function activityIssue(a: ActivityFields): { path: string; message: string } | null {
  if (a.startDate !== null && a.endDate !== null && a.endDate < a.startDate) {
    return { path: 'endDate', message: `must be on or after the start date (${formatDate(a.startDate)})` };
  }
  if (a.hasCredential && a.kind !== 'certification') {
    return {
      path: 'credential',
      message: 'belongs to a certification only; make the kind certification, or set credential to null',
    };
  }
  return null;
}
