import type { PracticeEntry } from '../../shared/practice/practice.schema.ts';
import type { FedCheckIn } from '../goals/check-in.feed.ts';
import type { PracticeRow } from './practice.repository.ts';

export const presentPractice = (
  row: PracticeRow,
  skillIds: string[],
  checkIn: FedCheckIn | undefined,
): PracticeEntry => ({
  id: row.id,
  date: row.date,
  minutes: row.minutes,
  title: row.title,
  skillIds,
  description: row.description,
  reflection: row.reflection,
  outcome: row.outcome,
  evidenceUrl: row.evidence_url,
  goalId: row.goal_id,
  checkIn: checkIn ?? null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** An entry as its goal check-in reflects it. */
export const feedEntry = (row: PracticeRow) => ({
  id: row.id,
  goalId: row.goal_id,
  date: row.date,
  minutes: row.minutes,
  note: `Practice: ${row.title}`,
});
