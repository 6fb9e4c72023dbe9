// The periods a report covers: calendar-aligned weeks (ISO, from Monday), months, quarters and
// years, or a range of days; and the period just before each, to compare with.
import { addDays, daysBetween, periodEnd, periodStart } from '../../../shared/calendar.ts';
import { weekdayOf } from '../../../shared/reports/period-words.ts';
import type { ReportPeriod } from '../../../shared/reports/report.schema.ts';

/** Days from `from` to `to`, both included. */
export interface DateSpan {
  from: string;
  to: string;
}

/** The week (Monday to Sunday), month, quarter or year holding `date`. */
export function periodOf(kind: ReportPeriod, date: string): DateSpan {
  switch (kind) {
    case 'week': {
      const from = addDays(date, -weekdayOf(date));
      return { from, to: addDays(from, 6) };
    }
    case 'month':
    case 'quarter':
      return { from: periodStart(date, kind), to: periodEnd(date, kind) };
    case 'year':
      return { from: `${date.slice(0, 4)}-01-01`, to: `${date.slice(0, 4)}-12-31` };
  }
}

/** The period of the same kind just before the one holding `date`. */
export function previousPeriodOf(kind: ReportPeriod, date: string): DateSpan {
  return periodOf(kind, addDays(periodOf(kind, date).from, -1));
}

/** The same number of days just before a range. */
export function previousSpan(span: DateSpan): DateSpan {
  const days = daysBetween(span.from, span.to) + 1;
  return { from: addDays(span.from, -days), to: addDays(span.from, -1) };
}

/** What a report covers: the kind asked for, its days, and the days it is compared with. */
export interface ReportSpans {
  kind: ReportPeriod | 'range';
  period: DateSpan;
  previous: DateSpan;
}

/**
 * The spans of a report asked for by `from` and `to`, or by `period` (a month unless given) and
 * `date` (`today` unless given). The query's schema has already checked they go together.
 */
export function reportSpans(
  q: {
    period?: ReportPeriod | undefined;
    date?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
  },
  today: string,
): ReportSpans {
  if (q.from !== undefined && q.to !== undefined) {
    const period = { from: q.from, to: q.to };
    return { kind: 'range', period, previous: previousSpan(period) };
  }
  const kind = q.period ?? 'month';
  const date = q.date ?? today;
  return { kind, period: periodOf(kind, date), previous: previousPeriodOf(kind, date) };
}
