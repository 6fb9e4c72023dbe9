import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/app-context.ts';
import type { Auth } from '../platform/http/auth.ts';
import { route } from '../platform/http/route.ts';
import { CheckInService } from './check-in.service.ts';
import { goalApi } from './goal.contract.ts';
import { GoalService } from './goal.service.ts';
import { GoalReviewService } from './goal-review.service.ts';

export function goalRoutes(app: FastifyInstance, ctx: AppContext): void {
  const goals = (auth: Auth) => new GoalService(auth.scope, ctx.clock, auth.user.timezone);
  const reviews = (auth: Auth) => new GoalReviewService(auth.scope, ctx.clock, auth.user.timezone);
  const checkIns = (auth: Auth) => new CheckInService(auth.scope, ctx.clock, auth.user.timezone);

  route(app, goalApi.list, async ({ auth, query }) => ({ items: await goals(auth).list(query) }));
  route(app, goalApi.attention, async ({ auth }) => ({ items: await goals(auth).attention() }));
  route(app, goalApi.create, async ({ auth, body }) => goals(auth).create(body));
  route(app, goalApi.reviewDraft, async ({ auth, body }) => ({
    findings: await reviews(auth).reviewDraft(body),
  }));
  route(app, goalApi.get, async ({ auth, params }) => goals(auth).get(params.id));
  route(app, goalApi.update, async ({ auth, params, body }) => goals(auth).update(params.id, body));
  route(app, goalApi.remove, async ({ auth, params }) => {
    await goals(auth).remove(params.id);
    return undefined;
  });
  route(app, goalApi.progress, async ({ auth, params, query }) =>
    goals(auth).progress(params.id, query.asOf),
  );
  route(app, goalApi.breakdown, async ({ auth, params, body }) => ({
    items: await goals(auth).breakdown(params.id, body.period),
  }));
  route(app, goalApi.review, async ({ auth, params }) => ({
    findings: await reviews(auth).review(params.id),
  }));

  route(app, goalApi.listCheckIns, async ({ auth, params, query }) => ({
    items: await checkIns(auth).list(params.id, query.descendants ?? false),
  }));
  route(app, goalApi.createCheckIn, async ({ auth, params, body }) => checkIns(auth).create(params.id, body));
  route(app, goalApi.updateCheckIn, async ({ auth, params, body }) => checkIns(auth).update(params.id, body));
  route(app, goalApi.removeCheckIn, async ({ auth, params }) => {
    await checkIns(auth).remove(params.id);
    return undefined;
  });
}
