// How the network's screens say when to be in touch: days overdue, a cadence and where it comes
// from, a follow-up's state, a contact's place of work. Pure, so the words are tested once.
import { daysBetween } from '@shared/calendar.ts';
import type { CadenceByRole, DueContact, DueList } from '@shared/network/network.schema.ts';
import { plural } from '../../goals/components/detail/family.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { type ContactRole, ROLE_LABELS } from './labels.ts';

/** "1 day", "6 days". */
export const daysText = (days: number): string => plural(days, 'day');

/**
 * A date to be in touch by, as days from today (negative once past): "6 days overdue", "1 day
 * overdue", "Due today", "Due tomorrow", "Due in 5 days".
 */
export function dueInText(daysUntil: number): string {
  if (daysUntil < 0) return `${daysText(-daysUntil)} overdue`;
  if (daysUntil === 0) return 'Due today';
  if (daysUntil === 1) return 'Due tomorrow';
  return `Due in ${daysText(daysUntil)}`;
}

/** Days from `today` to `date`: negative once it has passed. */
export const daysUntil = (date: string, today: string): number => daysBetween(today, date);

/** "Staff Engineer at Acme", "Acme", "Staff Engineer"; null with neither. */
export function workText(position: string | null, company: string | null): string | null {
  if (position && company) return `${position} at ${company}`;
  return position || company || null;
}

/** The role whose default sets a cadence: the first of the contact's roles with one. */
export function defaultRoleOf(roles: readonly ContactRole[], byRole: CadenceByRole): ContactRole | null {
  return roles.find((role) => byRole[role] !== undefined) ?? null;
}

/** "Every day", "Every 14 days". */
export const everyText = (days: number): string => (days === 1 ? 'Every day' : `Every ${daysText(days)}`);

/**
 * How often to keep in touch, and why: "Every 14 days" (its own), "Every 30 days (from the mentor
 * default)", or no cadence. Without the settings (still loading) the role is not named.
 */
export function cadenceText(
  contact: { keepInTouchDays: number | null; cadenceDays: number | null; roles: readonly ContactRole[] },
  byRole?: CadenceByRole,
): string {
  if (contact.cadenceDays === null) return 'No keep-in-touch cadence';
  if (contact.keepInTouchDays !== null) return everyText(contact.keepInTouchDays);
  const role = byRole ? defaultRoleOf(contact.roles, byRole) : null;
  const from = role ? `the ${ROLE_LABELS[role].toLowerCase()} default` : 'the default of its role';
  return `${everyText(contact.cadenceDays)} (from ${from})`;
}

/** A follow-up as the timeline shows it: done on a day, else due by its date in words. */
export function followUpText(
  interaction: { followUpOn: string | null; followUpDoneOn: string | null },
  today: string,
): { text: string; overdue: boolean } | null {
  const { followUpOn, followUpDoneOn } = interaction;
  if (followUpOn === null) return null;
  if (followUpDoneOn !== null)
    return { text: `Followed up on ${formatDate(followUpDoneOn)}`, overdue: false };
  const days = daysUntil(followUpOn, today);
  return {
    text: `Follow up by ${formatDate(followUpOn)}: ${lowerFirst(dueInText(days))}`,
    overdue: days < 0,
  };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** What the due list holds, in one sentence: "2 contacts due, 1 losing touch, 1 follow-up this week." */
export function dueCountText(list: DueList): string {
  const parts = [
    list.due.length > 0 ? `${plural(list.due.length, 'contact')} due` : null,
    list.losingTouch.length > 0 ? `${list.losingTouch.length} losing touch` : null,
    list.followUps.length > 0 ? `${plural(list.followUps.length, 'follow-up')} this week` : null,
  ].filter(Boolean);
  return parts.length === 0 ? 'No one is due, and no follow-up this week.' : `${parts.join(', ')}.`;
}

/** The `count` most overdue contacts, due and losing touch together, each marked losing touch or not. */
export function mostOverdue(
  list: Pick<DueList, 'due' | 'losingTouch'>,
  count: number,
): (DueContact & { losingTouch: boolean })[] {
  return [
    ...list.losingTouch.map((c) => ({ ...c, losingTouch: true })),
    ...list.due.map((c) => ({ ...c, losingTouch: false })),
  ]
    .sort((a, b) => b.daysOverdue - a.daysOverdue)
    .slice(0, count);
}

/** Names in a sentence: "Grace Hopper", "Ada and Grace", "Ada, Grace and Alan". */
export function namesText(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * What an empty cadence field means for a contact with these roles: "Left empty: every 30 days,
 * the mentor default.", or that it will have none. Null while the settings load.
 */
export function emptyCadenceText(
  roles: readonly ContactRole[],
  byRole: CadenceByRole | undefined,
): string | null {
  if (!byRole) return null;
  const role = defaultRoleOf(roles, byRole);
  if (role === null) {
    return roles.length === 0
      ? 'Left empty: no cadence, until it has a role with a default.'
      : 'Left empty: no cadence, as none of its roles has a default.';
  }
  return `Left empty: ${everyText(byRole[role]!).toLowerCase()}, the ${ROLE_LABELS[role].toLowerCase()} default.`;
}
