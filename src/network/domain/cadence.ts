// The keep-in-touch clock: a contact's cadence, when it is next due, and the lists of who is due,
// who is losing touch, and which follow-ups come up. Pure: dates in, lists out.
import { addDays, daysBetween } from '../../../shared/calendar.ts';
import type { ContactRole } from '../../../shared/network/contact.schema.ts';
import { FOLLOW_UP_WINDOW_DAYS } from '../../../shared/network/network.limits.ts';
import type { CadenceByRole } from '../../../shared/network/network.schema.ts';

/** The cadence of a contact: its own keepInTouchDays, else the default of its first role with one, else none. */
export function cadenceOf(
  contact: { keepInTouchDays: number | null; roles: readonly ContactRole[] },
  byRole: CadenceByRole,
): number | null {
  if (contact.keepInTouchDays !== null) return contact.keepInTouchDays;
  for (const role of contact.roles) {
    const days = byRole[role];
    if (days !== undefined) return days;
  }
  return null;
}

/** The day to be in touch next: the last interaction's date (or the day added, without one) + cadence. */
export function nextContactOn(
  lastContactedOn: string | null,
  addedOn: string,
  cadenceDays: number | null,
): string | null {
  return cadenceDays === null ? null : addDays(lastContactedOn ?? addedOn, cadenceDays);
}

/** A contact's clock as the due list reads it. */
export interface ContactClock {
  id: string;
  /** Sorts ties: the name in lower case. */
  nameKey: string;
  addedOn: string;
  lastContactedOn: string | null;
  cadenceDays: number | null;
}

export interface Overdue<C extends ContactClock> {
  contact: C;
  cadenceDays: number;
  nextContactOn: string;
  daysOverdue: number;
}

/**
 * Contacts whose next contact falls on or before `asOf`, most overdue first (then by name): those
 * overdue by more than a whole cadence are losing touch, the others due.
 */
export function dueLists<C extends ContactClock>(
  contacts: readonly C[],
  asOf: string,
): { due: Overdue<C>[]; losingTouch: Overdue<C>[] } {
  const overdue: Overdue<C>[] = [];
  for (const contact of contacts) {
    if (contact.cadenceDays === null) continue;
    const from = contact.lastContactedOn ?? contact.addedOn;
    // In days from the clock's start, so that a next day past the calendar's end is never parsed.
    const daysOverdue = daysBetween(from, asOf) - contact.cadenceDays;
    if (daysOverdue < 0) continue;
    overdue.push({
      contact,
      cadenceDays: contact.cadenceDays,
      nextContactOn: addDays(from, contact.cadenceDays),
      daysOverdue,
    });
  }
  overdue.sort(
    (a, b) =>
      b.daysOverdue - a.daysOverdue ||
      compareText(a.contact.nameKey, b.contact.nameKey) ||
      compareText(a.contact.id, b.contact.id),
  );
  return {
    due: overdue.filter((o) => o.daysOverdue <= o.cadenceDays),
    losingTouch: overdue.filter((o) => o.daysOverdue > o.cadenceDays),
  };
}

/** An interaction with a follow-up still open. */
export interface OpenFollowUp {
  id: string;
  date: string;
  followUpOn: string;
}

/**
 * The open follow-ups due on or before `asOf` + 7 days (overdue ones included), soonest first,
 * each with its days from `asOf` (negative once overdue).
 */
export function followUpsDue<F extends OpenFollowUp>(
  followUps: readonly F[],
  asOf: string,
): (F & { daysUntil: number })[] {
  const until = addDays(asOf, FOLLOW_UP_WINDOW_DAYS);
  return followUps
    .filter((f) => f.followUpOn <= until)
    .map((f) => ({ ...f, daysUntil: daysBetween(asOf, f.followUpOn) }))
    .sort(
      (a, b) =>
        compareText(a.followUpOn, b.followUpOn) || compareText(a.date, b.date) || compareText(a.id, b.id),
    );
}

/** Code-unit order: worked out here, so the same on both databases. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
