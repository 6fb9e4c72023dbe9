// Rows of the other capabilities as the records of the full export: the API's field names, the
// source ids kept, JSON columns read back as lists, derived columns (search keys) left out.
import type { PortableRecord } from '../../../shared/exports/portable.schema.ts';
import type { CheckInRow, GoalRow } from '../../goals/goal.repository.ts';
import type { LogRow } from '../../learning/learning.repository.ts';
import type { InteractionRow } from '../../network/interaction.repository.ts';
import type { PracticeRow } from '../../practice/practice.repository.ts';
import type { AssessmentRow, TargetRow } from '../../skills/assessment.repository.ts';
import type { RoleRow, SkillRow } from '../../skills/catalogue.repository.ts';

/** Oldest first: ids are UUIDv7, so they sort in the order the rows were made. */
export const byId = <T extends { id: string }>(a: T, b: T): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** A JSON list column read back; anything else (never written by the app) reads as empty. */
export function jsonList<T = string>(column: string | null): T[] {
  if (!column) return [];
  try {
    const value: unknown = JSON.parse(column);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

export const skillRecord = (s: SkillRow): PortableRecord<'skills'> => ({
  id: s.id,
  name: s.name,
  kind: s.kind,
  category: s.category,
  description: s.description,
  aliases: jsonList(s.aliases),
  createdAt: s.created_at,
  updatedAt: s.updated_at,
});

export const roleRecord = (
  r: RoleRow,
  requirements: PortableRecord<'roles'>['requirements'],
  technologies: PortableRecord<'roles'>['technologies'],
): PortableRecord<'roles'> => ({
  id: r.id,
  title: r.title,
  description: r.description,
  aliases: jsonList(r.aliases),
  requirements,
  technologies,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const targetRecord = (t: TargetRow): PortableRecord<'targets'> => ({
  id: t.id,
  roleId: t.role_id,
  targetDate: t.target_date,
  createdAt: t.created_at,
});

export const assessmentRecord = (a: AssessmentRow): PortableRecord<'assessments'> => ({
  id: a.id,
  skillId: a.skill_id,
  level: a.level,
  source: a.source,
  assessor: a.assessor,
  note: a.note,
  date: a.date,
  createdAt: a.created_at,
});

export const goalRecord = (g: GoalRow, skillIds: string[]): PortableRecord<'goals'> => ({
  id: g.id,
  parentId: g.parent_id,
  title: g.title,
  description: g.description,
  why: g.why,
  category: g.category as PortableRecord<'goals'>['category'],
  startDate: g.start_date,
  dueDate: g.due_date,
  metric:
    g.metric_unit !== null && g.metric_aggregation !== null
      ? {
          unit: g.metric_unit,
          baseline: g.metric_baseline ?? 0,
          target: g.metric_target ?? 0,
          aggregation: g.metric_aggregation,
        }
      : null,
  weight: g.weight,
  state: g.state,
  stateSetBy: g.state_set_by,
  completedOn: g.completed_on,
  visibility: g.visibility,
  skillIds,
  createdAt: g.created_at,
  updatedAt: g.updated_at,
});

export const checkInRecord = (c: CheckInRow): PortableRecord<'checkIns'> => ({
  id: c.id,
  goalId: c.goal_id,
  date: c.date,
  value: c.value,
  note: c.note,
  source: c.source_type && c.source_id ? { type: c.source_type, id: c.source_id } : null,
  createdAt: c.created_at,
  updatedAt: c.updated_at,
});

export const logRecord = (e: LogRow): PortableRecord<'learningLog'> => ({
  id: e.id,
  activityId: e.activity_id,
  date: e.date,
  minutes: e.minutes,
  note: e.note,
  createdAt: e.created_at,
  updatedAt: e.updated_at,
});

export const practiceRecord = (p: PracticeRow, skillIds: string[]): PortableRecord<'practice'> => ({
  id: p.id,
  date: p.date,
  minutes: p.minutes,
  title: p.title,
  description: p.description,
  reflection: p.reflection,
  outcome: p.outcome,
  evidenceUrl: p.evidence_url,
  skillIds,
  goalId: p.goal_id,
  createdAt: p.created_at,
  updatedAt: p.updated_at,
});

export const interactionRecord = (
  i: InteractionRow,
  contactIds: string[],
): PortableRecord<'interactions'> => ({
  id: i.id,
  date: i.date,
  kind: i.kind,
  contactIds,
  notes: i.notes,
  followUpOn: i.follow_up_on,
  followUpDoneOn: i.follow_up_done_on,
  goalId: i.goal_id,
  createdAt: i.created_at,
  updatedAt: i.updated_at,
});
