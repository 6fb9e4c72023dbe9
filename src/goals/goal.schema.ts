import { z } from 'zod';
import { CalendarDate, Timestamp } from '../platform/http/common.schema.ts';

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
] as const;

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const MetricShape = z.strictObject({
  unit: z.string().trim().min(1).max(40).describe('What is counted: "h", "books", "score"'),
  baseline: finite,
  target: finite,
  aggregation: z
    .enum(['sum', 'last'])
    .describe('`sum`: each check-in adds an amount; `last`: each check-in is the new level'),
});
export const Metric = MetricShape.refine((m) => m.target !== m.baseline, {
  path: ['target'],
  message: 'must differ from the baseline (a goal has to move something)',
});
export type Metric = z.infer<typeof Metric>;

export const Progress = z.object({
  asOf: CalendarDate,
  current: z.number().nullable(),
  expected: z.number().nullable(),
  projected: z.number().nullable(),
  projectedCompletionDate: CalendarDate.nullable(),
  fraction: z.number(),
  scheduleDeltaDays: z.number().nullable(),
  requiredPerWeek: z.number().nullable(),
  observedPerWeek: z.number().nullable(),
  status: z.enum(STATUSES),
});
export type Progress = z.infer<typeof Progress>;

export const Goal = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  why: z.string(),
  category: z.enum(CATEGORIES),
  startDate: CalendarDate,
  dueDate: CalendarDate.nullable(),
  metric: MetricShape.nullable(),
  weight: z.number(),
  state: z.enum(STATES),
  completedOn: CalendarDate.nullable(),
  visibility: z.enum(VISIBILITIES),
  childCount: z.number().int(),
  lastCheckInOn: CalendarDate.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  progress: Progress,
});
export type Goal = z.infer<typeof Goal>;

const Title = z.string().trim().min(1).max(200);
const LongText = z.string().max(10_000);
const Weight = z.number().gt(0).max(1_000_000);

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
});
export type CreateGoalBody = z.infer<typeof CreateGoalBody>;

export const UpdateGoalBody = z.strictObject({
  parentId: z.string().min(1).nullable().optional(),
  title: Title.optional(),
  description: LongText.optional(),
  why: LongText.optional(),
  category: z.enum(CATEGORIES).optional(),
  startDate: CalendarDate.optional(),
  dueDate: CalendarDate.nullable().optional(),
  metric: Metric.nullable().optional(),
  weight: Weight.optional(),
  state: z.enum(STATES).optional(),
  completedOn: CalendarDate.nullable().optional(),
  visibility: z.enum(VISIBILITIES).optional(),
});
export type UpdateGoalBody = z.infer<typeof UpdateGoalBody>;

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const GoalListQuery = z.strictObject({
  parentId: z.string().min(1).optional(),
  root: booleanQuery.optional(),
  state: z.enum(STATES).optional(),
});

export const ProgressQuery = z.strictObject({ asOf: CalendarDate.optional() });

export const CheckIn = z.object({
  id: z.string(),
  goalId: z.string(),
  date: CalendarDate,
  value: z.number(),
  note: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CheckIn = z.infer<typeof CheckIn>;

export const CreateCheckInBody = z.strictObject({
  date: CalendarDate,
  value: finite,
  note: z.string().max(2000).optional(),
});
export const UpdateCheckInBody = z.strictObject({
  date: CalendarDate.optional(),
  value: finite.optional(),
  note: z.string().max(2000).optional(),
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

/** An unsaved goal as it is being typed: everything optional, nothing cross-checked. */
export const ReviewDraftBody = z.strictObject({
  parentId: z.string().min(1).nullable().optional(),
  title: z.string().max(200).optional(),
  why: LongText.optional(),
  startDate: CalendarDate.optional(),
  dueDate: CalendarDate.nullable().optional(),
  metric: MetricShape.nullable().optional(),
});

export const AttentionItem = z.object({
  goal: Goal,
  reasons: z.array(
    z.object({ kind: z.enum(['off_track', 'at_risk', 'missed', 'quiet']), message: z.string() }),
  ),
});
export type AttentionItem = z.infer<typeof AttentionItem>;
