// A period report: what a person did in a week, month, quarter, year or range of days, beside the
// period just before it, in numbers; and the series its charts draw.
import { z } from 'zod';
import { daysBetween } from '../calendar.ts';
import { STATUSES } from '../goals/goal.schema.ts';
import { CalendarDate, StoredDate } from '../http/common.schema.ts';
import { SkillRef } from '../skills/skill.schema.ts';

export const REPORT_PERIODS = ['week', 'month', 'quarter', 'year'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export const REPORT_FORMATS = ['json', 'md', 'csv', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The longest range of days a report covers: ten years and their leap days. */
export const REPORT_MAX_DAYS = 3_653;

/**
 * The days a report may name: far enough inside the calendar (0001-01-01 … 9999-12-31) that its
 * previous period, up to ten years before, and the 90 days after it, where expiring credentials
 * are counted, stay inside it too.
 */
export const REPORT_FIRST_DATE = '1900-01-01';
export const REPORT_LAST_DATE = '2999-12-31';

/** Every figure a report counts, in the order it lists them. */
export const FIGURE_KEYS = [
  'goals.active',
  'goals.achieved',
  'goals.missed',
  'goals.onTrack',
  'goals.atRisk',
  'goals.offTrack',
  'learning.hours',
  'practice.hours',
  'content.done',
  'content.minutes',
  'content.pages',
  'credentials.earned',
  'credentials.expiring',
  'network.interactions',
  'network.newContacts',
  'network.due',
  'mentoring.sessions',
  'mentoring.actionItemsDone',
  'skills.assessments',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export const Span = z.object({ from: StoredDate, to: StoredDate });
export type Span = z.infer<typeof Span>;

export const Figure = z.object({
  key: z.enum(FIGURE_KEYS),
  label: z.string().describe('"Learning hours", "Contacts due" …'),
  value: z.number(),
  previous: z.number().describe('The same figure for the previous period'),
  change: z.number().describe('value − previous'),
});
export type Figure = z.infer<typeof Figure>;

export const ReportGoal = z.object({
  goal: z.object({ id: z.string(), title: z.string(), unit: z.string() }),
  start: z.number().describe("The goal's value at the end of the day before the period"),
  end: z.number().describe('Its value at the end of the period’s last day'),
  change: z.number().describe('end − start'),
  expected: z.number().nullable().describe('Where its schedule says it should be at the period’s end'),
  status: z.enum(STATUSES).describe('Its status at the period’s end'),
});
export type ReportGoal = z.infer<typeof ReportGoal>;

export const ReportSkill = z.object({
  skill: SkillRef,
  from: z
    .number()
    .nullable()
    .describe('Your own level at the start of the period; null when not assessed yet'),
  to: z.number().describe('Your own level at its end'),
});
export type ReportSkill = z.infer<typeof ReportSkill>;

/** One bucket of a time series: a day, an ISO week (its Monday) or a month (its first day). */
export const SeriesPoint = z.object({ from: StoredDate, to: StoredDate });

export const ReportSeries = z.object({
  bucket: z
    .enum(['day', 'week', 'month'])
    .describe('Days for a week, weeks for a month or quarter, months beyond'),
  time: z
    .array(
      SeriesPoint.extend({
        learningHours: z.number(),
        practiceHours: z.number(),
      }),
    )
    .describe('Learning and practice hours per bucket of the period'),
  content: z
    .array(SeriesPoint.extend({ done: z.number(), minutes: z.number(), pages: z.number() }))
    .describe('Content finished per bucket of the period'),
  goals: z
    .array(
      z.object({
        goalId: z.string(),
        points: z.array(z.object({ date: StoredDate, value: z.number(), expected: z.number().nullable() })),
      }),
    )
    .describe('Each reported goal: its value at the end of each bucket against its target line'),
  skills: z
    .array(z.object({ skill: SkillRef, from: z.number().nullable(), to: z.number().nullable() }))
    .describe('Every skill you assessed: your own level at the start and the end of the period'),
});
export type ReportSeries = z.infer<typeof ReportSeries>;

export const Report = z.object({
  period: Span,
  previous: Span,
  kind: z.enum([...REPORT_PERIODS, 'range']).describe('The kind of period asked for'),
  figures: z.array(Figure),
  goals: z.array(ReportGoal).describe('Goals with a metric active in the period, by title'),
  skills: z.array(ReportSkill).describe('Skills whose own level moved in the period, by name'),
  highlights: z.array(z.string()).describe('Short sentences with numbers, the largest changes first'),
  series: ReportSeries,
});
export type Report = z.infer<typeof Report>;

export const ReportQuery = z
  .strictObject({
    period: z.enum(REPORT_PERIODS).optional().describe('The week, month, quarter or year holding `date`'),
    date: CalendarDate.optional().describe('Defaults to today in your time zone'),
    from: CalendarDate.optional().describe('With `to`: a range of days instead of a period'),
    to: CalendarDate.optional().describe(
      `With \`from\`: the range's last day; at most ${REPORT_MAX_DAYS} days, both counted`,
    ),
    format: z
      .enum(REPORT_FORMATS)
      .optional()
      .describe('Or ask by Accept: text/markdown, text/csv, application/pdf'),
  })
  .superRefine((q, ctx) => {
    for (const key of ['date', 'from', 'to'] as const) {
      const day = q[key];
      if (day !== undefined && (day < REPORT_FIRST_DATE || day > REPORT_LAST_DATE)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `must be between ${REPORT_FIRST_DATE} and ${REPORT_LAST_DATE}`,
        });
        return;
      }
    }
    const ranged = q.from !== undefined || q.to !== undefined;
    if (ranged && (q.period !== undefined || q.date !== undefined)) {
      const path = q.period !== undefined ? 'period' : 'date';
      ctx.addIssue({ code: 'custom', path: [path], message: 'cannot be given with from and to' });
      return;
    }
    if (q.from === undefined && q.to !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'is required with to' });
    } else if (q.from !== undefined && q.to === undefined) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'is required with from' });
    } else if (q.from !== undefined && q.to !== undefined) {
      if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
      else if (daysBetween(q.from, q.to) + 1 > REPORT_MAX_DAYS)
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: `must make at most ${REPORT_MAX_DAYS} days with from (ten years)`,
        });
    }
  });
export type ReportQuery = z.infer<typeof ReportQuery>;

/** A report in another format than JSON: Markdown or CSV as text, PDF as bytes. */
export const ReportFile = z
  .union([z.string(), z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'must be bytes')])
  .describe(
    'Markdown (text/markdown), CSV (text/csv) or PDF (application/pdf), when asked by format or Accept',
  );
