import type { FastifyInstance } from 'fastify';
import { goalApi } from '../../shared/goals/goal.contract.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { route } from '../platform/http/route.ts';
import { CheckInService } from './check-in.service.ts';
import { GoalCache } from './goal.cache.ts';
import { GoalService, type TreeData } from './goal.service.ts';
import { GoalReviewService } from './goal-review.service.ts';

export function goalRoutes(app: FastifyInstance): void {
  // What this app server keeps of people's computed goals while nothing changes.
  const cache = new GoalCache<TreeData>();
  const goals = (ctx: RequestContext) => new GoalService(ctx, cache);
  const reviews = (ctx: RequestContext) => new GoalReviewService(ctx, cache);

  route(app, goalApi.list, async ({ ctx, query }) => goals(ctx).list(query));
  route(app, goalApi.attention, async ({ ctx }) => ({ items: await goals(ctx).attention() }));
  route(app, goalApi.create, async ({ ctx, body }) => goals(ctx).create(body));
  route(app, goalApi.reviewDraft, async ({ ctx, body }) => ({
    findings: await reviews(ctx).reviewDraft(body),
  }));
  route(app, goalApi.get, async ({ ctx, params }) => goals(ctx).get(params.id));
  route(app, goalApi.update, async ({ ctx, params, body }) => goals(ctx).update(params.id, body));
  route(app, goalApi.remove, async ({ ctx, params }) => {
    await goals(ctx).remove(params.id);
    return undefined;
  });
  route(app, goalApi.progress, async ({ ctx, params, query }) => goals(ctx).progress(params.id, query.asOf));
  route(app, goalApi.breakdown, async ({ ctx, params, body }) => ({
    items: await goals(ctx).breakdown(params.id, body.period),
  }));
  route(app, goalApi.review, async ({ ctx, params }) => ({
    findings: await reviews(ctx).review(params.id),
  }));
  route(app, goalApi.reviewChange, async ({ ctx, params, body }) => ({
    findings: await reviews(ctx).review(params.id, body),
  }));

  route(app, goalApi.listCheckIns, async ({ ctx, params, query }) => ({
    items: await new CheckInService(ctx).list(params.id, query.descendants ?? false),
  }));
  route(app, goalApi.createCheckIn, async ({ ctx, params, body }) =>
    new CheckInService(ctx).create(params.id, body),
  );
  route(app, goalApi.updateCheckIn, async ({ ctx, params, body }) =>
    new CheckInService(ctx).update(params.id, body),
  );
  route(app, goalApi.removeCheckIn, async ({ ctx, params }) => {
    await new CheckInService(ctx).remove(params.id);
    return undefined;
  });
}
