// Plain data shapes for the Goals domain rules. No behaviour lives here.

// The shapes the API declares (in shared/goals/goal.schema.ts) are the domain's too: declared once,
// as zod schemas, and inferred here.
import type { z } from 'zod';
import type {
  Finding as FindingSchema,
  Progress as ProgressSchema,
  STATES,
  StoredMetric,
} from '../../../shared/goals/goal.schema.ts';

/** What a goal measures; the direction follows the sign of `target − baseline`. */
export type Metric = z.infer<typeof StoredMetric>;

/** How check-ins combine: `sum` adds each amount, `last` takes each value as the new level. */
export type Aggregation = Metric['aggregation'];

export type GoalState = (typeof STATES)[number];

/** One dated measurement; `createdAt` (ISO timestamp) orders check-ins on the same date. */
export interface CheckInPoint {
  date: string;
  value: number;
  createdAt: string;
}

/** A goal with its own check-ins and its children, as the domain rules see it. */
export interface GoalNode {
  id: string;
  title: string;
  startDate: string;
  dueDate: string | null;
  metric: Metric | null;
  weight: number;
  state: GoalState;
  completedOn: string | null;
  checkIns: CheckInPoint[];
  children: GoalNode[];
}

/** Progress and forecast of one goal as of a date; metric-only fields are null without a metric. */
export type Progress = z.infer<typeof ProgressSchema>;

export type ProgressStatus = Progress['status'];

export type Forecast = NonNullable<Progress['forecast']>;

export type { CalendarPeriod } from '../../../shared/calendar.ts';

/** One proposed child goal covering a calendar period. */
export interface SlicePlan {
  title: string;
  startDate: string;
  dueDate: string;
  metric: Metric | null;
}

/** One SMART review finding, addressed to the person. */
export type Finding = z.infer<typeof FindingSchema>;

export type SmartRule = Finding['rule'];

export type FindingLevel = Finding['level'];

/** A goal as it is being written or edited, with the pace it needs (null once achieved). */
export interface GoalDraft {
  title: string;
  why: string | null;
  parentId: string | null;
  startDate: string;
  dueDate: string | null;
  metric: Metric | null;
  hasChildren: boolean;
  requiredPerWeek: number | null;
}

/** What the review knows about the person's other goals. */
export interface ReviewContext {
  /** Largest absolute observedPerWeek among the person's other goals with the same unit, as of today. */
  bestObservedPerWeek: number | null;
}
