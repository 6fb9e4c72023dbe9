import type { Selectable, Updateable } from 'kysely';
import { goalLinkOf } from '../goals/goal-link.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import { batches } from '../platform/db/batches.ts';
import type { LearningActivityTable, LearningLogTable } from './learning.table.ts';

export type ActivityRow = Omit<Selectable<LearningActivityTable>, 'owner_id' | 'goal_owner_id'>;
export type LogRow = Omit<Selectable<LearningLogTable>, 'owner_id'>;
export type ActivityChanges = Omit<Updateable<LearningActivityTable>, 'id' | 'goal_id' | 'goal_owner_id'>;

const ACTIVITY_COLUMNS = [
  'id',
  'kind',
  'title',
  'provider',
  'url',
  'format',
  'status',
  'start_date',
  'end_date',
  'hours_planned',
  'cost_amount',
  'cost_currency',
  'goal_id',
  'credential_identifier',
  'credential_url',
  'credential_issued_on',
  'credential_expires_on',
  'created_at',
  'updated_at',
] as const;

const LOG_COLUMNS = ['id', 'activity_id', 'date', 'minutes', 'note', 'created_at', 'updated_at'] as const;

/** A credential of an activity, once for each skill the activity develops. */
export interface CredentialOfSkill {
  skillId: string;
  activityId: string;
  title: string;
  identifier: string | null;
  url: string | null;
  issuedOn: string;
  expiresOn: string | null;
}

export interface ActivityFilter {
  status?: ActivityRow['status'];
  kind?: ActivityRow['kind'];
  skillId?: string;
  goalId?: string;
}

/** All SQL of learning activities, their skills and time logs; every query through the owner's scope. */
export class LearningRepository {
  constructor(private readonly scope: OwnerScope) {}

  /** The person's activities, newest first. */
  list(filter: ActivityFilter): Promise<ActivityRow[]> {
    let q = this.scope.selectFrom('learning_activities').select(ACTIVITY_COLUMNS);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.kind) q = q.where('kind', '=', filter.kind);
    if (filter.goalId) q = q.where('goal_id', '=', filter.goalId);
    const skillId = filter.skillId;
    if (skillId) {
      q = q.where('id', 'in', (eb) =>
        eb.selectFrom('learning_activity_skills').select('activity_id').where('skill_id', '=', skillId),
      );
    }
    return q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  }

  find(id: string): Promise<ActivityRow | undefined> {
    return this.scope
      .selectFrom('learning_activities')
      .select(ACTIVITY_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Activities whose credential's last valid day is on or before `until`, the soonest first. */
  expiringBy(until: string): Promise<ActivityRow[]> {
    return this.scope
      .selectFrom('learning_activities')
      .select(ACTIVITY_COLUMNS)
      .where('credential_expires_on', 'is not', null)
      .where('credential_expires_on', '<=', until)
      .orderBy('credential_expires_on')
      .orderBy('title')
      .orderBy('id')
      .execute();
  }

  /** Activities whose credential's last valid day is on or after `from`, the soonest first. */
  expiringFrom(from: string): Promise<Pick<ActivityRow, 'id' | 'title' | 'credential_expires_on'>[]> {
    return this.scope
      .selectFrom('learning_activities')
      .select(['id', 'title', 'credential_expires_on'])
      .where('credential_expires_on', '>=', from)
      .orderBy('credential_expires_on')
      .orderBy('id')
      .execute();
  }

  async insert(row: ActivityRow): Promise<void> {
    const { goal_id, ...rest } = row;
    await this.scope.insert('learning_activities', [{ ...rest, ...goalLinkOf(this.scope, goal_id) }]);
  }

  async update(id: string, changes: ActivityChanges, goalId?: string | null): Promise<void> {
    await this.scope
      .updateTable('learning_activities')
      .set({ ...changes, ...(goalId !== undefined ? goalLinkOf(this.scope, goalId) : {}) })
      .where('id', '=', id)
      .execute();
  }

  /** Deletes an activity; its skills and time log go with it (ON DELETE CASCADE). */
  async delete(id: string): Promise<boolean> {
    const r = await this.scope.deleteFrom('learning_activities').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** The skills of each activity, in the order given. */
  async skillIdsOf(activityIds: readonly string[]): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>(activityIds.map((id) => [id, []]));
    if (activityIds.length === 0) return found;
    for (const ids of batches(activityIds)) {
      const rows = await this.scope
        .selectFrom('learning_activity_skills')
        .select(['activity_id', 'skill_id'])
        .where('activity_id', 'in', ids)
        .orderBy('activity_id')
        .orderBy('position')
        .execute();
      for (const r of rows) found.get(r.activity_id)?.push(r.skill_id);
    }
    return found;
  }

  async replaceSkills(activityId: string, skillIds: readonly string[]): Promise<void> {
    await this.scope.deleteFrom('learning_activity_skills').where('activity_id', '=', activityId).execute();
    await this.scope.insert(
      'learning_activity_skills',
      skillIds.map((skill_id, position) => ({ activity_id: activityId, skill_id, position })),
    );
  }

  /** Minutes logged on each activity, added up in SQL. */
  async minutesOf(activityIds: readonly string[]): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    for (const ids of batches(activityIds)) {
      const rows = await this.scope
        .selectFrom('learning_log')
        .select(['activity_id', (eb) => eb.fn.sum<number | string>('minutes').as('minutes')])
        .where('activity_id', 'in', ids)
        .groupBy('activity_id')
        .execute();
      for (const r of rows) found.set(r.activity_id, Number(r.minutes));
    }
    return found;
  }

  /** An activity's time log, newest first. */
  logOf(activityId: string): Promise<LogRow[]> {
    return this.scope
      .selectFrom('learning_log')
      .select(LOG_COLUMNS)
      .where('activity_id', '=', activityId)
      .orderBy('date', 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  /** Every time log entry of the person, oldest first (by date, then as written): what an export lists. */
  allLogs(): Promise<LogRow[]> {
    return this.scope
      .selectFrom('learning_log')
      .select(LOG_COLUMNS)
      .orderBy('date')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  findLog(id: string): Promise<LogRow | undefined> {
    return this.scope.selectFrom('learning_log').select(LOG_COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  async insertLog(row: LogRow): Promise<void> {
    await this.scope.insert('learning_log', [row]);
  }

  async updateLog(
    id: string,
    changes: Updateable<Omit<LearningLogTable, 'id' | 'activity_id'>>,
  ): Promise<void> {
    await this.scope.updateTable('learning_log').set(changes).where('id', '=', id).execute();
  }

  async deleteLog(id: string): Promise<boolean> {
    const r = await this.scope.deleteFrom('learning_log').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** Logged minutes per skill and date, up to `asOf` (of one skill, or all): what the ledger reads. */
  async minutesBySkill(
    asOf: string,
    skillId?: string,
  ): Promise<{ skillId: string; date: string; minutes: number }[]> {
    let q = this.scope
      .selectFrom('learning_log as l')
      .innerJoin('learning_activity_skills as s', 's.activity_id', 'l.activity_id')
      .select(['s.skill_id', 'l.date', (eb) => eb.fn.sum<number | string>('l.minutes').as('minutes')])
      .where('l.date', '<=', asOf)
      .groupBy(['s.skill_id', 'l.date']);
    if (skillId !== undefined) q = q.where('s.skill_id', '=', skillId);
    const rows = await q.execute();
    return rows.map((r) => ({ skillId: r.skill_id, date: r.date, minutes: Number(r.minutes) }));
  }

  /** Credentials issued up to `asOf`, once per skill of their activity (of one skill, or all). */
  async credentialsBySkill(asOf: string, skillId?: string): Promise<CredentialOfSkill[]> {
    let q = this.scope
      .selectFrom('learning_activities as a')
      .innerJoin('learning_activity_skills as s', 's.activity_id', 'a.id')
      .select([
        's.skill_id',
        'a.id',
        'a.title',
        'a.credential_identifier',
        'a.credential_url',
        'a.credential_issued_on',
        'a.credential_expires_on',
      ])
      .where('a.credential_issued_on', 'is not', null)
      .where('a.credential_issued_on', '<=', asOf);
    if (skillId !== undefined) q = q.where('s.skill_id', '=', skillId);
    const rows = await q.execute();
    return rows.map((r) => ({
      skillId: r.skill_id,
      activityId: r.id,
      title: r.title,
      identifier: r.credential_identifier,
      url: r.credential_url,
      issuedOn: r.credential_issued_on!,
      expiresOn: r.credential_expires_on,
    }));
  }

  /** Logged minutes per date from `from` to `to`, grouped in SQL: what a period report reads. */
  async minutesByDate(from: string, to: string): Promise<{ date: string; minutes: number }[]> {
    const rows = await this.scope
      .selectFrom('learning_log')
      .select(['date', (eb) => eb.fn.sum<number | string>('minutes').as('minutes')])
      .where('date', '>=', from)
      .where('date', '<=', to)
      .groupBy('date')
      .execute();
    return rows.map((r) => ({ date: r.date, minutes: Number(r.minutes) }));
  }

  /** The issue and expiry dates of certifications issued or expiring from `from` to `to`. */
  credentialDatesBetween(
    from: string,
    to: string,
  ): Promise<{ issuedOn: string | null; expiresOn: string | null }[]> {
    return this.scope
      .selectFrom('learning_activities')
      .select(['credential_issued_on as issuedOn', 'credential_expires_on as expiresOn'])
      .where('kind', '=', 'certification')
      .where((eb) =>
        eb.or([
          eb.and([eb('credential_issued_on', '>=', from), eb('credential_issued_on', '<=', to)]),
          eb.and([eb('credential_expires_on', '>=', from), eb('credential_expires_on', '<=', to)]),
        ]),
      )
      .execute();
  }
}
