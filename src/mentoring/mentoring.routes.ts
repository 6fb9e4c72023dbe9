import type { FastifyInstance } from 'fastify';
import { mentorshipApi } from '../../shared/mentoring/mentoring.contract.ts';
import { route } from '../platform/http/route.ts';
import { ActionItemService } from './action-item.service.ts';
import { MentorshipService } from './mentorship.service.ts';
import { SessionService } from './session.service.ts';
import { SharedViewService } from './shared-view.service.ts';

/** Mentorships, their sessions and action items, the shared view, comments and the mentor's assessments. */
export function mentoringRoutes(app: FastifyInstance): void {
  const api = mentorshipApi;
  route(app, api.list, async ({ ctx, query }) => ({ items: await new MentorshipService(ctx).list(query) }));
  route(app, api.get, async ({ ctx, params }) => new MentorshipService(ctx).get(params.id));
  route(app, api.create, async ({ ctx, body }) => new MentorshipService(ctx).create(body));
  route(app, api.update, async ({ ctx, params, body }) => new MentorshipService(ctx).update(params.id, body));
  route(app, api.accept, async ({ ctx, params }) => new MentorshipService(ctx).accept(params.id));
  route(app, api.decline, async ({ ctx, params }) => new MentorshipService(ctx).decline(params.id));
  route(app, api.end, async ({ ctx, params }) => new MentorshipService(ctx).end(params.id));
  route(app, api.shared, async ({ ctx, params }) => new SharedViewService(ctx).shared(params.id));

  route(app, api.sessions, async ({ ctx, params }) => ({
    items: await new SessionService(ctx).list(params.id),
  }));
  route(app, api.createSession, async ({ ctx, params, body }) =>
    new SessionService(ctx).create(params.id, body),
  );
  route(app, api.updateSession, async ({ ctx, params, body }) =>
    new SessionService(ctx).update(params.id, body),
  );
  route(app, api.removeSession, async ({ ctx, params }) => {
    await new SessionService(ctx).remove(params.id);
    return undefined;
  });

  route(app, api.actionItems, async ({ ctx, params }) => ({
    items: await new ActionItemService(ctx).list(params.id),
  }));
  route(app, api.createActionItem, async ({ ctx, params, body }) =>
    new ActionItemService(ctx).create(params.id, body),
  );
  route(app, api.myActionItems, async ({ ctx, query }) => ({
    items: await new ActionItemService(ctx).mine(query),
  }));
  route(app, api.updateActionItem, async ({ ctx, params, body }) =>
    new ActionItemService(ctx).update(params.id, body),
  );
  route(app, api.removeActionItem, async ({ ctx, params }) => {
    await new ActionItemService(ctx).remove(params.id);
    return undefined;
  });

  route(app, api.comment, async ({ ctx, params, body }) =>
    new SharedViewService(ctx).comment(params.id, body),
  );
  route(app, api.goalComments, async ({ ctx, params }) => ({
    items: await new SharedViewService(ctx).goalComments(params.id),
  }));
  route(app, api.assess, async ({ ctx, params, body }) => new SharedViewService(ctx).assess(params.id, body));
}
