// How soon a credential expires, in words: the badge on an activity, the urgency on the Home page.
import { daysBetween } from '@shared/calendar.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';

/** Within these many days a credential is worth a look: the Home page's windows, most urgent first. */
export const EXPIRY_WINDOWS = [7, 30, 90] as const;

/**
 * How urgent an expiry is: `expired`; `week`, `month` or `quarter` for within 7, 30 or 90 days
 * (today counts as within 7); `valid` beyond; `never` without an expiry date.
 */
export type Urgency = 'expired' | 'week' | 'month' | 'quarter' | 'valid' | 'never';

export interface Expiry {
  urgency: Urgency;
  /** Days from today to the last valid day: 0 on it, negative once expired; null when it never expires. */
  daysLeft: number | null;
  /** The badge: "Expired", "Expires today", "Expires in 20 days", "Valid until Dec 31, 2027", "Does not expire". */
  badge: string;
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** A credential valid through `expiresOn` (expired from the day after), as of `today`. */
export function expiryOf(expiresOn: string | null, today: string): Expiry {
  if (expiresOn === null) return { urgency: 'never', daysLeft: null, badge: 'Does not expire' };
  const left = daysBetween(today, expiresOn);
  if (left < 0) return { urgency: 'expired', daysLeft: left, badge: 'Expired' };
  const urgency: Urgency = left <= 7 ? 'week' : left <= 30 ? 'month' : left <= 90 ? 'quarter' : 'valid';
  const badge =
    urgency === 'valid'
      ? `Valid until ${formatDate(expiresOn)}`
      : left === 0
        ? 'Expires today'
        : `Expires in ${days(left)}`;
  return { urgency, daysLeft: left, badge };
}

/** The Home page's word for the urgency: "Expired", "Within 7 days", "Within 30 days", "Within 90 days". */
export function urgencyLabel(urgency: Urgency): string {
  switch (urgency) {
    case 'expired':
      return 'Expired';
    case 'week':
      return 'Within 7 days';
    case 'month':
      return 'Within 30 days';
    case 'quarter':
      return 'Within 90 days';
    case 'valid':
      return 'Valid';
    case 'never':
      return 'Does not expire';
  }
}

/** The sentence beside it: "Expired 3 days ago, on Mar 1, 2026", "Expires in 20 days, on Mar 21, 2026". */
export function expirySentence(expiresOn: string, today: string): string {
  const left = daysBetween(today, expiresOn);
  const on = formatDate(expiresOn);
  if (left < -1) return `Expired ${days(-left)} ago; its last valid day was ${on}`;
  if (left === -1) return `Expired yesterday; its last valid day was ${on}`;
  if (left === 0) return `Expires today, ${on}, its last valid day`;
  return `Expires in ${days(left)}; its last valid day is ${on}`;
}
