// The knowledge-vs-practice ledger as plain functions of data and a date: per skill, time spent
// learning about it against time spent doing it, and flags where the two have drifted apart.
import { addDays, daysBetween, formatDate } from '../../../shared/calendar.ts';
import { formatQuantity, roundHalfAwayFromZero } from '../../../shared/numbers.ts';
import {
  LEARNING_WITHOUT_PRACTICE_MINUTES,
  type LedgerCredential,
  type LedgerFlag,
  RECENT_DAYS,
  STALE_DAYS,
} from '../../../shared/practice/ledger.schema.ts';

/** Minutes spent on a skill on one date: every entry of that date for the skill, added up. */
export interface SkillMinutes {
  skillId: string;
  date: string;
  minutes: number;
}

/** A credential of an activity that develops the skill. */
export interface SkillCredential {
  skillId: string;
  activityId: string;
  title: string;
  identifier: string | null;
  url: string | null;
  issuedOn: string;
  expiresOn: string | null;
}

export interface LedgerInput {
  asOf: string;
  /** The names of the skills the person sees, by id: a skill not here has no row. */
  skills: ReadonlyMap<string, string>;
  /** Learning activities' time logs, by the dates of their entries. */
  learning: readonly SkillMinutes[];
  practice: readonly SkillMinutes[];
  /**
   * Minutes of content (articles, podcasts, books …) consumed on or before `asOf`, per skill with any
   * such entry (0 when none of its entries gives minutes: the skill still has a row).
   */
  content: ReadonlyMap<string, number>;
  credentials: readonly SkillCredential[];
}

/** A row of the ledger, its skill by id. */
export interface LedgerFigures {
  skillId: string;
  learningHours: number;
  practiceHours: number;
  contentMinutes: number;
  credentials: LedgerCredential[];
  lastLearnedOn: string | null;
  lastPractisedOn: string | null;
  flags: LedgerFlag[];
}

/**
 * One row per skill with learning, practice, content or a credential up to `asOf`, in the order of
 * skill ids (the caller orders them for people). Entries dated after `asOf`, and credentials
 * issued after it, do not count.
 */
export function ledgerRows(input: LedgerInput): LedgerFigures[] {
  type Entries = { learning: SkillMinutes[]; practice: SkillMinutes[]; credentials: SkillCredential[] };
  const bySkill = new Map<string, Entries>();
  const of = (skillId: string): Entries => {
    const found = bySkill.get(skillId) ?? { learning: [], practice: [], credentials: [] };
    bySkill.set(skillId, found);
    return found;
  };
  for (const m of input.learning) if (m.date <= input.asOf) of(m.skillId).learning.push(m);
  for (const m of input.practice) if (m.date <= input.asOf) of(m.skillId).practice.push(m);
  for (const c of input.credentials) if (c.issuedOn <= input.asOf) of(c.skillId).credentials.push(c);
  for (const skillId of input.content.keys()) of(skillId);
  return [...bySkill.keys()]
    .filter((id) => input.skills.has(id))
    .sort()
    .map((id) => ledgerRow({ ...input, ...bySkill.get(id)! }, id));
}

/** The row of one skill: zeros, no credentials and no flags when nothing is logged on it. */
export function ledgerRow(input: LedgerInput, skillId: string): LedgerFigures {
  const { asOf } = input;
  const name = input.skills.get(skillId) ?? 'this skill';
  const learning = tally(input.learning, skillId, asOf);
  const practice = tally(input.practice, skillId, asOf);
  const credentials = input.credentials
    .filter((c) => c.skillId === skillId && c.issuedOn <= asOf)
    .map(({ skillId: _skill, ...c }) => ({ ...c, expired: c.expiresOn !== null && c.expiresOn < asOf }))
    .sort((a, b) => compareText(b.issuedOn, a.issuedOn) || compareText(a.title, b.title));
  const flags: LedgerFlag[] = [];
  const held = credentials.filter((c) => !c.expired);
  if (held.length > 0 && practice.recent === 0) {
    flags.push({
      kind: 'certificate_without_practice',
      message: certificateMessage(name, held, practice.last, asOf),
    });
  }
  if (learning.recent >= LEARNING_WITHOUT_PRACTICE_MINUTES && practice.recent === 0) {
    flags.push({
      kind: 'learning_without_practice',
      message:
        `You spent ${formatQuantity(learning.recent / 60, 'hours')} learning ${name} in the ${RECENT_DAYS} days ` +
        `up to ${formatDate(asOf)} and logged no practice of it: put it to use on something real.`,
    });
  }
  if (practice.last !== null && practice.last < windowStart(asOf, STALE_DAYS)) {
    flags.push({
      kind: 'stale',
      message:
        `You last practised ${name} on ${formatDate(practice.last)}, ${daysBetween(practice.last, asOf)} days ` +
        `before ${formatDate(asOf)}: nothing in the ${STALE_DAYS} days up to then.`,
    });
  }
  return {
    skillId,
    learningHours: hoursOf(learning.total),
    practiceHours: hoursOf(practice.total),
    contentMinutes: input.content.get(skillId) ?? 0,
    credentials,
    lastLearnedOn: learning.last,
    lastPractisedOn: practice.last,
    flags,
  };
}

/** The first day of the `days` days up to `asOf`, both included: asOf − 89 for 90 days. */
export const windowStart = (asOf: string, days: number): string => addDays(asOf, -(days - 1));

/** Minutes as hours to 2 decimals: 90 → 1.5, 100 → 1.67. */
const hoursOf = (minutes: number): number => roundHalfAwayFromZero(minutes / 60, 2);

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A skill's minutes up to `asOf`: all of them, those of the recent window, and the latest date. */
function tally(entries: readonly SkillMinutes[], skillId: string, asOf: string) {
  const recentFrom = windowStart(asOf, RECENT_DAYS);
  let total = 0;
  let recent = 0;
  let last: string | null = null;
  for (const e of entries) {
    if (e.skillId !== skillId || e.date > asOf) continue;
    total += e.minutes;
    if (e.date >= recentFrom) recent += e.minutes;
    if (last === null || e.date > last) last = e.date;
  }
  return { total, recent, last };
}

function certificateMessage(
  name: string,
  held: readonly LedgerCredential[],
  lastPractised: string | null,
  asOf: string,
): string {
  const what =
    held.length === 1
      ? `“${held[0]!.title}”`
      : `${held.length} credentials in ${name} (${held.map((c) => `“${c.title}”`).join(', ')})`;
  const subject = held.length === 1 ? name : 'it';
  const since =
    lastPractised === null
      ? 'You have no practice of it logged.'
      : `You last practised it on ${formatDate(lastPractised)}, ${daysBetween(lastPractised, asOf)} days before.`;
  return `You hold ${what} but have not practised ${subject} in the ${RECENT_DAYS} days up to ${formatDate(asOf)}. ${since}`;
}
