// The period a report covers, as the page's address holds it (?period=quarter&date=2027-03-31, or
// ?from=&to=), and the calendar behind the picker: a period's days, the one before and after it.
// The API works the same spans out for itself; these only pick what to ask for and label it.
import { addDays, daysBetween, isValidDate } from '@shared/calendar.ts';
import { weekdayOf } from '@shared/reports/period-words.ts';
import type { ReportPeriod } from '@shared/reports/report.schema.ts';

/** A calendar period holding `date` (null: the one holding today), or a range of days. */
export type ReportChoice =
  | { kind: ReportPeriod; date: string | null }
  | { kind: 'range'; from: string; to: string };

export type ReportKind = ReportChoice['kind'];

export interface Span {
  from: string;
  to: string;
}

/** The picker's periods, in order, with their names; typed by the API's list, so none is missing. */
export const PERIOD_NAMES: Record<ReportPeriod, string> = {
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
};

const PERIODS = Object.keys(PERIOD_NAMES) as ReportPeriod[];

/** What the page shows without a choice in its address: this month. */
const DEFAULT_PERIOD: ReportPeriod = 'month';

/**
 * The choice in the address. `from` and `to` win over `period` (as in the API); a range given
 * backwards is read the right way round; anything unreadable falls back to this month.
 */
export function choiceOf(params: URLSearchParams): ReportChoice {
  const [from, to] = [params.get('from'), params.get('to')];
  if (from && to && isValidDate(from) && isValidDate(to)) {
    return from <= to ? { kind: 'range', from, to } : { kind: 'range', from: to, to: from };
  }
  const period = params.get('period');
  const date = params.get('date');
  const kind = PERIODS.find((p) => p === period) ?? DEFAULT_PERIOD;
  return { kind, date: date && isValidDate(date) ? date : null };
}

/** A choice as the address and the API's query have it. */
export type ReportParams =
  | { period: ReportPeriod }
  | { period: ReportPeriod; date: string }
  | { from: string; to: string };

/** The address's search params for a choice (and the API's query, less its format). */
export function paramsOf(choice: ReportChoice): ReportParams {
  if (choice.kind === 'range') return { from: choice.from, to: choice.to };
  return choice.date === null ? { period: choice.kind } : { period: choice.kind, date: choice.date };
}

/** "?period=quarter&date=2027-03-31", for links. */
export function searchOf(choice: ReportChoice): string {
  return `?${new URLSearchParams(paramsOf(choice))}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The block of `months` calendar months (1, 3 or 12) holding `date`. Worked out here, not with
 * calendar.ts's periodStart and periodEnd: the home page's code shares that module, and using them
 * from this page would move them into the first download.
 */
function monthsSpan(date: string, months: number): Span {
  const year = date.slice(0, 4);
  const first = Math.floor((Number(date.slice(5, 7)) - 1) / months) * months;
  const next = first + months;
  const to = next === 12 ? `${year}-12-31` : addDays(`${year}-${pad(next + 1)}-01`, -1);
  return { from: `${year}-${pad(first + 1)}-01`, to };
}

/** The days of the week (ISO, Monday to Sunday), month, quarter or year holding `date`. */
export function periodSpan(period: ReportPeriod, date: string): Span {
  switch (period) {
    case 'week': {
      const monday = addDays(date, -weekdayOf(date));
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'month':
      return monthsSpan(date, 1);
    case 'quarter':
      return monthsSpan(date, 3);
    case 'year':
      return monthsSpan(date, 12);
  }
}

/** The days a choice covers, `today` standing in for a period's missing date. */
export function spanOf(choice: ReportChoice, today: string): Span {
  if (choice.kind === 'range') return { from: choice.from, to: choice.to };
  return periodSpan(choice.kind, choice.date ?? today);
}

/**
 * The period before (`step` −1) or after (+1) a choice: the calendar period of the same kind, or
 * for a range the same number of days just before or after it.
 */
export function shifted(choice: ReportChoice, step: -1 | 1, today: string): ReportChoice {
  const span = spanOf(choice, today);
  if (choice.kind === 'range') {
    const days = (daysBetween(span.from, span.to) + 1) * step;
    return { kind: 'range', from: addDays(span.from, days), to: addDays(span.to, days) };
  }
  // A day of the neighbouring period names it: the day before this one starts, or after it ends.
  const date = step < 0 ? addDays(span.from, -1) : addDays(span.to, 1);
  return { kind: choice.kind, date: periodSpan(choice.kind, date).from };
}

/** Another kind of period around the same days: a range's last day or the period's date picks it. */
export function asKind(choice: ReportChoice, kind: ReportPeriod, today: string): ReportChoice {
  if (choice.kind !== 'range' && choice.date === null) return { kind, date: null };
  const date = choice.kind === 'range' ? choice.to : (choice.date ?? today);
  return { kind, date };
}

/**
 * What is wrong with a range typed in the picker, by field, in the words of the API's messages
 * (read as the end of a sentence); empty when it can be asked for.
 */
export function rangeErrors(from: string, to: string): { from?: string; to?: string } {
  const errors: { from?: string; to?: string } = {};
  if (!isValidDate(from)) errors.from = 'enter the first day of the range';
  if (!isValidDate(to)) errors.to = 'enter the last day of the range';
  else if (!errors.from && to < from) errors.to = 'must be on or after the first day';
  return errors;
}
