import type { FastifyInstance } from 'fastify';
import { learningApi } from '../../shared/learning/learning.contract.ts';
import { EXPIRING_WITHIN_DEFAULT } from '../../shared/learning/learning.schema.ts';
import { route } from '../platform/http/route.ts';
import { LearningService } from './learning.service.ts';
import { LearningLogService } from './learning-log.service.ts';

/** Learning activities, their time logs, and credentials about to expire. */
export function learningRoutes(app: FastifyInstance): void {
  route(app, learningApi.list, async ({ ctx, query }) => ({
    items: await new LearningService(ctx).list(query),
  }));
  route(app, learningApi.expiring, async ({ ctx, query }) => ({
    items: await new LearningService(ctx).expiring(query.within ?? EXPIRING_WITHIN_DEFAULT),
  }));
  route(app, learningApi.get, async ({ ctx, params }) => new LearningService(ctx).get(params.id));
  route(app, learningApi.create, async ({ ctx, body }) => new LearningService(ctx).create(body));
  route(app, learningApi.update, async ({ ctx, params, body }) =>
    new LearningService(ctx).update(params.id, body),
  );
  route(app, learningApi.remove, async ({ ctx, params }) => {
    await new LearningService(ctx).remove(params.id);
    return undefined;
  });

  route(app, learningApi.listLog, async ({ ctx, params }) => ({
    items: await new LearningLogService(ctx).list(params.id),
  }));
  route(app, learningApi.createLog, async ({ ctx, params, body }) =>
    new LearningLogService(ctx).create(params.id, body),
  );
  route(app, learningApi.updateLog, async ({ ctx, params, body }) =>
    new LearningLogService(ctx).update(params.id, body),
  );
  route(app, learningApi.removeLog, async ({ ctx, params }) => {
    await new LearningLogService(ctx).remove(params.id);
    return undefined;
  });
}
