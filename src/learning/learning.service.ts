import { addDays, daysBetween } from '../../shared/calendar.ts';
import { activityIssue } from '../../shared/learning/learning.rules.ts';
import type {
  CreateLearningBody,
  ExpiringCredential,
  LearningActivity,
  UpdateLearningBody,
} from '../../shared/learning/learning.schema.ts';
import { invalidField, notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { newId } from '../platform/ids.ts';
import { checkSeenSkills } from '../skills/seen-skills.ts';
import { feedEntry, learningFeed } from './learning.feed.ts';
import { credentialOf, presentActivity } from './learning.presenter.ts';
import { type ActivityFilter, type ActivityRow, LearningRepository } from './learning.repository.ts';

const costColumns = (cost: CreateLearningBody['cost']) => ({
  cost_amount: cost?.amount ?? null,
  cost_currency: cost?.currency ?? null,
});

const credentialColumns = (credential: CreateLearningBody['credential']) => ({
  credential_identifier: credential?.identifier ?? null,
  credential_url: credential?.url ?? null,
  credential_issued_on: credential?.issuedOn ?? null,
  credential_expires_on: credential?.expiresOn ?? null,
});

/** The rules across fields, on the activity as it would be stored: else 400 at the field. */
function checkRules(row: ActivityRow): void {
  const issue = activityIssue({
    kind: row.kind,
    startDate: row.start_date,
    endDate: row.end_date,
    hasCredential: row.credential_issued_on !== null,
  });
  if (issue) throw invalidField(issue.path, issue.message);
}

/** A person's learning activities: courses, certifications, books … with their credentials. */
export class LearningService {
  private readonly repo: LearningRepository;

  constructor(private readonly ctx: RequestContext) {
    this.repo = new LearningRepository(ctx.scope);
  }

  async list(filter: ActivityFilter): Promise<LearningActivity[]> {
    return present(this.repo, await this.repo.list(filter));
  }

  async get(id: string): Promise<LearningActivity> {
    const row = await this.repo.find(id);
    if (!row) throw notFound('learning activity');
    return (await present(this.repo, [row]))[0]!;
  }

  // Writes run under the owner's lock, as goal writes do: the goal linked is checked and fed in
  // the same transaction as the activity is written, so neither can change in between.
  async create(body: CreateLearningBody): Promise<LearningActivity> {
    const now = this.ctx.now().toISOString();
    const row: ActivityRow = {
      id: newId(),
      kind: body.kind,
      title: body.title,
      provider: body.provider ?? null,
      url: body.url ?? null,
      format: body.format ?? null,
      status: body.status ?? 'planned',
      start_date: body.startDate ?? null,
      end_date: body.endDate ?? null,
      hours_planned: body.hoursPlanned ?? null,
      ...costColumns(body.cost),
      goal_id: body.goalId ?? null,
      ...credentialColumns(body.credential),
      created_at: now,
      updated_at: now,
    };
    checkRules(row);
    const skillIds = body.skillIds ?? [];
    return this.ctx.scope.serialized(async (scope) => {
      const repo = new LearningRepository(scope);
      await checkSeenSkills(scope, skillIds);
      if (row.goal_id !== null) await learningFeed(this.ctx, scope).checkGoal(row.goal_id, 'goalId');
      await repo.insert(row);
      await repo.replaceSkills(row.id, skillIds);
      return presentActivity(row, skillIds, 0);
    });
  }

  /**
   * Changes an activity. A new goal takes the check-ins of its time log with it (those dated before
   * its start are left out), no goal deletes them, and a new title rewrites their notes.
   */
  async update(id: string, body: UpdateLearningBody): Promise<LearningActivity> {
    return this.ctx.scope.serialized(async (scope) => {
      const repo = new LearningRepository(scope);
      const current = await repo.find(id);
      if (!current) throw notFound('learning activity');
      const next: ActivityRow = {
        ...current,
        ...(body.kind !== undefined && { kind: body.kind }),
        ...(body.title !== undefined && { title: body.title }),
        ...(body.provider !== undefined && { provider: body.provider }),
        ...(body.url !== undefined && { url: body.url }),
        ...(body.format !== undefined && { format: body.format }),
        ...(body.status !== undefined && { status: body.status }),
        ...(body.startDate !== undefined && { start_date: body.startDate }),
        ...(body.endDate !== undefined && { end_date: body.endDate }),
        ...(body.hoursPlanned !== undefined && { hours_planned: body.hoursPlanned }),
        ...(body.cost !== undefined && costColumns(body.cost)),
        ...(body.goalId !== undefined && { goal_id: body.goalId }),
        ...(body.credential !== undefined && credentialColumns(body.credential)),
        updated_at: this.ctx.now().toISOString(),
      };
      checkRules(next);
      if (body.skillIds !== undefined) await checkSeenSkills(scope, body.skillIds);
      const feed = learningFeed(this.ctx, scope);
      const goalChanged = next.goal_id !== current.goal_id;
      // A goal kept as it was is not checked again: its metric may have changed since it was linked.
      if (goalChanged && next.goal_id !== null) await feed.checkGoal(next.goal_id, 'goalId');
      const { id: _id, goal_id, created_at: _created, ...columns } = next;
      await repo.update(id, columns, goalChanged ? goal_id : undefined);
      if (body.skillIds !== undefined) await repo.replaceSkills(id, body.skillIds);
      if (goalChanged || next.title !== current.title) {
        const entries = await repo.logOf(id);
        await feed.sync(
          entries.map((e) => feedEntry(next, e)),
          'goalId',
        );
      }
      return (await present(repo, [next]))[0]!;
    });
  }

  /** Deletes an activity, its time log and the goal check-ins the log wrote, all at once. */
  async remove(id: string): Promise<void> {
    await this.ctx.scope.serialized(async (scope) => {
      const repo = new LearningRepository(scope);
      if (!(await repo.find(id))) throw notFound('learning activity');
      const entries = await repo.logOf(id);
      await learningFeed(this.ctx, scope).remove(
        entries.map((e) => e.id),
        'id',
      );
      await repo.delete(id);
    });
  }

  /**
   * Credentials whose last valid day falls on or before today + `within` days, expired ones
   * included, the soonest first. A credential is valid through its `expiresOn`: expired from the
   * day after.
   */
  async expiring(within: number): Promise<ExpiringCredential[]> {
    const today = this.ctx.today();
    const rows = await this.repo.expiringBy(addDays(today, within));
    const skills = await this.repo.skillIdsOf(rows.map((r) => r.id));
    return rows.map((row) => {
      const credential = credentialOf(row)!;
      const daysLeft = daysBetween(today, credential.expiresOn!);
      return {
        activityId: row.id,
        title: row.title,
        kind: row.kind,
        provider: row.provider,
        skillIds: skills.get(row.id) ?? [],
        credential,
        daysLeft,
        expired: daysLeft < 0,
      };
    });
  }
}

/** Activities with their skills and logged time, read in two queries whatever their number. */
async function present(repo: LearningRepository, rows: ActivityRow[]): Promise<LearningActivity[]> {
  const ids = rows.map((r) => r.id);
  const [skills, minutes] = await Promise.all([repo.skillIdsOf(ids), repo.minutesOf(ids)]);
  return rows.map((row) => presentActivity(row, skills.get(row.id) ?? [], minutes.get(row.id) ?? 0));
}
