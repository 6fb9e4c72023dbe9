import { z } from 'zod';
import { CalendarDate, Id, PageQuery, StoredDate, Timestamp } from '../http/common.schema.ts';
import { decimalsOf } from '../numbers.ts';
import {
  LONG_TEXT_MAX,
  MAX_DECIMALS,
  MAX_MEASUREMENT,
  NOTE_MAX,
  SKILLS_PER_GOAL,
  TITLE_MAX,
  UNIT_MAX,
  WEIGHT_MAX,
} from './goal.limits.ts';

export * from './goal.limits.ts';

export const CATEGORIES = [
  'career',
  'skill',
  'learning',
  'practice',
  'content',
  'network',
  'mentoring',
  'business',
  'other',
] as const;
export const VISIBILITIES = ['private', 'mentors', 'managers', 'organization'] as const;
export const STATES = ['active', 'paused', 'abandoned'] as const;
export const STATUSES = [
  'achieved',
  'missed',
  'no_data',
  'on_track',
  'at_risk',
  'off_track',
  'unscheduled',
  'paused',
] as const;

/**
 * Whether the forecast could be made: `made`; `too_early` (too few check-ins, or too close
 * together, to fit a line to); `achieved` (the target was reached); `no_data` (no check-ins yet).
 */
export const FORECASTS = ['made', 'too_early', 'achieved', 'no_data'] as const;

/** A number a person measures with: finite, within ±1,000,000,000, with at most 6 decimals as written. */
export const Measurement = z
  .number()
  .refine(Number.isFinite, { message: 'must be a finite number', abort: true })
  .refine((n) => Math.abs(n) <= MAX_MEASUREMENT, {
    message: `must be between -${MAX_MEASUREMENT.toLocaleString('en-US')} and ${MAX_MEASUREMENT.toLocaleString('en-US')}`,
    abort: true,
  })
  .refine((n) => decimalsOf(n) <= MAX_DECIMALS, `must have at most ${MAX_DECIMALS} decimals`);

const Aggregation = z
  .enum(['sum', 'last'])
  .describe('`sum`: each check-in adds an amount; `last`: each check-in is the new level');

export const MetricShape = z.strictObject({
  unit: z.string().trim().min(1).max(UNIT_MAX).describe('What is counted: "h", "books", "score"'),
  baseline: Measurement,
  target: Measurement,
  aggregation: Aggregation,
});

/** A metric as the API answers it: as stored, including numbers from before the bounds existed. */
export const StoredMetric = z.object({
  unit: z.string(),
  baseline: z.number(),
  target: z.number(),
  aggregation: Aggregation,
});
export const Metric = MetricShape.refine((m) => m.target !== m.baseline, {
  path: ['target'],
  message: 'must differ from the baseline (a goal has to move something)',
});
export type Metric = z.infer<typeof Metric>;

export const Progress = z.object({
  asOf: StoredDate,
  current: z.number().nullable(),
  expected: z.number().nullable(),
  projected: z.number().nullable(),
  projectedCompletionDate: StoredDate.nullable(),
  fraction: z.number(),
  scheduleDeltaDays: z.number().nullable(),
  requiredPerWeek: z.number().nullable(),
  observedPerWeek: z.number().nullable(),
  status: z.enum(STATUSES),
  forecast: z.enum(FORECASTS).nullable().describe('null for a goal without a metric'),
});
export type Progress = z.infer<typeof Progress>;

const DatedValue = z.object({ date: StoredDate, value: z.number() });
export type DatedValue = z.infer<typeof DatedValue>;

/** What a goal's chart draws, as the server computes it, so the web draws rather than recomputes. */
export const ProgressChart = z.object({
  targetLine: z
    .tuple([DatedValue, DatedValue])
    .nullable()
    .describe('From (the day before the start, baseline) to (the due date, target); null without a due date'),
  values: z
    .array(DatedValue)
    .describe("The goal's counted value at the end of each date with check-ins, up to asOf, oldest first"),
  forecastLine: z
    .tuple([DatedValue, DatedValue])
    .nullable()
    .describe(
      'Two points of the least-squares forecast: the day before the start and the due date (asOf without one); null until there is a check-in',
    ),
});
export type ProgressChart = z.infer<typeof ProgressChart>;

/** A goal's progress with the series its chart draws (null for goals without a metric). */
export const ProgressWithChart = Progress.extend({ chart: ProgressChart.nullable() });
export type ProgressWithChart = z.infer<typeof ProgressWithChart>;

export const Goal = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  why: z.string(),
  category: z.enum(CATEGORIES),
  startDate: StoredDate,
  dueDate: StoredDate.nullable(),
  metric: StoredMetric.nullable(),
  weight: z.number(),
  state: z.enum(STATES),
  completedOn: StoredDate.nullable(),
  visibility: z.enum(VISIBILITIES),
  childCount: z.number().int(),
  lastCheckInOn: StoredDate.nullable(),
  skillIds: z.array(z.string()).describe('The skills this goal develops'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  progress: Progress,
});
export type Goal = z.infer<typeof Goal>;

const Title = z.string().trim().min(1).max(TITLE_MAX);
/** Skill ids, each once. */
const SkillIds = z
  .array(Id)
  .max(SKILLS_PER_GOAL)
  .superRefine((ids, ctx) => {
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: [i], message: 'is listed twice' });
    });
  })
  .describe(`The skills the goal develops (at most ${SKILLS_PER_GOAL})`);
const LongText = z.string().max(LONG_TEXT_MAX);
const Weight = z.number().gt(0).max(WEIGHT_MAX);

export const CreateGoalBody = z.strictObject({
  parentId: z.string().min(1).nullable().optional(),
  title: Title,
  description: LongText.optional(),
  why: LongText.optional(),
  category: z.enum(CATEGORIES).optional(),
  startDate: CalendarDate.optional().describe('Defaults to today in your time zone'),
  dueDate: CalendarDate.nullable().optional(),
  metric: Metric.nullable().optional(),
  weight: Weight.optional(),
  state: z.enum(STATES).optional(),
  completedOn: CalendarDate.nullable().optional(),
  visibility: z.enum(VISIBILITIES).optional(),
  skillIds: SkillIds.optional(),
});
export type CreateGoalBody = z.infer<typeof CreateGoalBody>;

/**
 * A change of a goal: any of the fields a new goal takes. Changing the metric's baseline or target,
 * or the dates, of a goal with slices needs `slices`: `resplit` (recompute the slices' targets for
 * their dates, keeping them and their check-ins) or `keep` (leave the slices as they are).
 */
export const UpdateGoalBody = CreateGoalBody.partial().extend({
  slices: z.enum(['resplit', 'keep']).optional(),
});
export type UpdateGoalBody = z.infer<typeof UpdateGoalBody>;

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const GoalListQuery = z.strictObject({
  parentId: z.string().min(1).optional(),
  root: booleanQuery.optional(),
  state: z.enum(STATES).optional(),
  category: z.enum(CATEGORIES).optional(),
  status: z.enum(STATUSES).optional().describe('Progress status as of today'),
  q: z.string().trim().min(1).max(TITLE_MAX).optional().describe('Words the title contains, in any case'),
  skillId: Id.optional().describe('Goals that develop this skill'),
  ...PageQuery,
});

export const ProgressQuery = z.strictObject({ asOf: CalendarDate.optional() });

/** What writes check-ins of its own: a learning activity's time log, the practice log, interactions. */
export const CHECK_IN_SOURCES = ['learning', 'practice', 'interaction'] as const;
export type CheckInSourceType = (typeof CHECK_IN_SOURCES)[number];

export const CheckInSource = z
  .object({
    type: z.enum(CHECK_IN_SOURCES),
    id: z.string().describe('The learning log entry, practice entry or interaction that wrote it'),
  })
  .describe('Where the check-in came from; one with a source changes only with its entry');
export type CheckInSource = z.infer<typeof CheckInSource>;

export const CheckIn = z.object({
  id: z.string(),
  goalId: z.string(),
  date: StoredDate,
  value: z.number(),
  note: z.string(),
  source: CheckInSource.nullable().describe('null for a check-in recorded by hand'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CheckIn = z.infer<typeof CheckIn>;

export const CreateCheckInBody = z.strictObject({
  date: CalendarDate,
  value: Measurement,
  note: z.string().max(NOTE_MAX).optional(),
});
export const UpdateCheckInBody = z.strictObject({
  date: CalendarDate.optional(),
  value: Measurement.optional(),
  note: z.string().max(NOTE_MAX).optional(),
});
export const CheckInListQuery = z.strictObject({ descendants: booleanQuery.optional() });

export const BreakdownBody = z.strictObject({ period: z.enum(['half', 'quarter', 'month']) });

export const Finding = z.object({
  rule: z.enum(['specific', 'measurable', 'achievable', 'relevant', 'time_bound', 'chunked']),
  level: z.enum(['ok', 'warn', 'info']),
  message: z.string(),
  suggestion: z.string(),
});
export type Finding = z.infer<typeof Finding>;
export const Review = z.object({ findings: z.array(Finding) });

/**
 * An unsaved goal as it is being typed: anything a new goal may carry (so a client can send what it
 * is about to create), every field optional, nothing cross-checked; unknown fields are refused.
 */
export const ReviewDraftBody = z.strictObject({
  parentId: z.string().min(1).nullable().optional(),
  title: z.string().max(TITLE_MAX).optional(),
  description: LongText.optional(),
  why: LongText.optional(),
  category: z.enum(CATEGORIES).optional(),
  startDate: CalendarDate.optional(),
  dueDate: CalendarDate.nullable().optional(),
  metric: MetricShape.nullable().optional(),
  weight: Weight.optional(),
  state: z.enum(STATES).optional(),
  completedOn: CalendarDate.nullable().optional(),
  visibility: z.enum(VISIBILITIES).optional(),
  skillIds: SkillIds.optional(),
});

const AttentionReason = z.object({
  kind: z.enum(['off_track', 'at_risk', 'missed', 'quiet']),
  message: z.string(),
});

export const AttentionItem = z.object({
  goal: Goal,
  reasons: z.array(AttentionReason),
  slices: z
    .array(z.object({ id: z.string(), title: z.string(), reasons: z.array(AttentionReason) }))
    .describe('Goals below this one that need attention too: listed here, not again on their own'),
});
export type AttentionItem = z.infer<typeof AttentionItem>;
