// Plain data shapes for the Goals domain rules. No behaviour lives here.

/** How check-ins combine: `sum` adds each amount, `last` takes each value as the new level. */
export type Aggregation = 'sum' | 'last';

/** What a goal measures; the direction follows the sign of `target − baseline`. */
export interface Metric {
  unit: string;
  baseline: number;
  target: number;
  aggregation: Aggregation;
}

export type GoalState = 'active' | 'paused' | 'abandoned';

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

export type ProgressStatus =
  | 'achieved'
  | 'missed'
  | 'no_data'
  | 'on_track'
  | 'at_risk'
  | 'off_track'
  | 'unscheduled';

/** Progress and forecast of one goal as of a date; metric-only fields are null without a metric. */
export interface Progress {
  asOf: string;
  current: number | null;
  expected: number | null;
  projected: number | null;
  projectedCompletionDate: string | null;
  fraction: number;
  scheduleDeltaDays: number | null;
  requiredPerWeek: number | null;
  observedPerWeek: number | null;
  status: ProgressStatus;
}

/** Calendar periods a goal can be broken down into. */
export type CalendarPeriod = 'half' | 'quarter' | 'month';

/** One proposed child goal covering a calendar period. */
export interface SlicePlan {
  title: string;
  startDate: string;
  dueDate: string;
  metric: Metric | null;
}

export type SmartRule = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'time_bound' | 'chunked';

export type FindingLevel = 'ok' | 'warn' | 'info';

/** One SMART review finding, addressed to the person. */
export interface Finding {
  rule: SmartRule;
  level: FindingLevel;
  message: string;
  suggestion: string;
}

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
