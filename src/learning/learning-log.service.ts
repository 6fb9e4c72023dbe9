import type { z } from 'zod';
import type { CreateLogBody, LogEntry, UpdateLogBody } from '../../shared/learning/learning.schema.ts';
import { notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { newId } from '../platform/ids.ts';
import { checkNotFuture } from './entry.checks.ts';
import { feedEntry, learningFeed } from './learning.feed.ts';
import { presentLogEntry } from './learning.presenter.ts';
import { LearningRepository, type LogRow } from './learning.repository.ts';

/**
 * Time logged on learning activities. Each entry on an activity linked to a goal that adds up
 * hours or minutes checks in on it, in the same transaction, under the owner's lock.
 */
export class LearningLogService {
  private readonly repo: LearningRepository;

  constructor(private readonly ctx: RequestContext) {
    this.repo = new LearningRepository(ctx.scope);
  }

  async list(activityId: string): Promise<LogEntry[]> {
    if (!(await this.repo.find(activityId))) throw notFound('learning activity');
    const entries = await this.repo.logOf(activityId);
    const checkIns = await learningFeed(this.ctx, this.ctx.scope).checkInsOf(entries.map((e) => e.id));
    return entries.map((e) => presentLogEntry(e, checkIns.get(e.id)));
  }

  async create(activityId: string, body: z.output<typeof CreateLogBody>): Promise<LogEntry> {
    return this.ctx.scope.serialized(async (scope) => {
      const repo = new LearningRepository(scope);
      const activity = await repo.find(activityId);
      if (!activity) throw notFound('learning activity');
      checkNotFuture(this.ctx, body.date);
      const now = this.ctx.now().toISOString();
      const row: LogRow = {
        id: newId(),
        activity_id: activityId,
        date: body.date,
        minutes: body.minutes,
        note: body.note ?? '',
        created_at: now,
        updated_at: now,
      };
      await repo.insertLog(row);
      const fed = await learningFeed(this.ctx, scope).sync([feedEntry(activity, row)], 'minutes');
      return presentLogEntry(row, fed.get(row.id));
    });
  }

  async update(id: string, body: UpdateLogBody): Promise<LogEntry> {
    return this.ctx.scope.serialized(async (scope) => {
      const repo = new LearningRepository(scope);
      const current = await repo.findLog(id);
      if (!current) throw notFound('log entry');
      if (body.date !== undefined) checkNotFuture(this.ctx, body.date);
      const next: LogRow = {
        ...current,
        ...(body.date !== undefined && { date: body.date }),
        ...(body.minutes !== undefined && { minutes: body.minutes }),
        ...(body.note !== undefined && { note: body.note }),
        updated_at: this.ctx.now().toISOString(),
      };
      const { id: _id, activity_id: _activity, created_at: _created, ...changes } = next;
      await repo.updateLog(id, changes);
      const activity = (await repo.find(next.activity_id))!;
      // Fewer minutes, or a move out of the goal's dates, is what can take a total below its baseline.
      const field = body.minutes !== undefined ? 'minutes' : 'date';
      const fed = await learningFeed(this.ctx, scope).sync([feedEntry(activity, next)], field);
      return presentLogEntry(next, fed.get(id));
    });
  }

  async remove(id: string): Promise<void> {
    await this.ctx.scope.serialized(async (scope) => {
      const repo = new LearningRepository(scope);
      if (!(await repo.findLog(id))) throw notFound('log entry');
      await learningFeed(this.ctx, scope).remove([id], 'id');
      await repo.deleteLog(id);
    });
  }
}
