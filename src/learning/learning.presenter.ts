import type { Credential, LearningActivity, LogEntry } from '../../shared/learning/learning.schema.ts';
import { roundHalfAwayFromZero } from '../../shared/numbers.ts';
import type { FedCheckIn } from '../goals/check-in.feed.ts';
import type { ActivityRow, LogRow } from './learning.repository.ts';

/** Minutes as hours to 2 decimals: 90 → 1.5, 100 → 1.67. */
export const hoursOf = (minutes: number): number => roundHalfAwayFromZero(minutes / 60, 2);

export const credentialOf = (row: ActivityRow): Credential | null =>
  row.credential_issued_on === null
    ? null
    : {
        identifier: row.credential_identifier,
        url: row.credential_url,
        issuedOn: row.credential_issued_on,
        expiresOn: row.credential_expires_on,
      };

export const presentActivity = (row: ActivityRow, skillIds: string[], minutes: number): LearningActivity => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  provider: row.provider,
  url: row.url,
  format: row.format,
  status: row.status,
  startDate: row.start_date,
  endDate: row.end_date,
  hoursPlanned: row.hours_planned,
  cost:
    row.cost_amount !== null && row.cost_currency !== null
      ? { amount: row.cost_amount, currency: row.cost_currency }
      : null,
  skillIds,
  goalId: row.goal_id,
  credential: credentialOf(row),
  hoursSpent: hoursOf(minutes),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const presentLogEntry = (row: LogRow, checkIn: FedCheckIn | undefined): LogEntry => ({
  id: row.id,
  activityId: row.activity_id,
  date: row.date,
  minutes: row.minutes,
  note: row.note,
  checkIn: checkIn ?? null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});
