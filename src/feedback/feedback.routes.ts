import type { FastifyInstance } from 'fastify';
import { feedbackApi } from '../../shared/mentoring/mentoring.contract.ts';
import type { AppContext } from '../platform/app-context.ts';
import { route } from '../platform/http/route.ts';
import { FeedbackService } from './feedback.service.ts';
import { FeedbackAnswerService } from './feedback-answer.service.ts';

/** The requests a person sends, her inbox of requests sent to her, and the public link. */
export function feedbackRoutes(app: FastifyInstance, { access, clock }: AppContext): void {
  const answering = new FeedbackAnswerService(access, clock);

  route(app, feedbackApi.create, async ({ ctx, body }) => new FeedbackService(ctx).create(body));
  route(app, feedbackApi.list, async ({ ctx, query }) => ({
    items: await new FeedbackService(ctx).list(query.state),
  }));
  route(app, feedbackApi.inbox, async ({ ctx }) => ({ items: await answering.inbox(ctx.actor) }));
  route(app, feedbackApi.get, async ({ ctx, params }) => new FeedbackService(ctx).get(params.id));
  route(app, feedbackApi.remove, async ({ ctx, params }) => {
    await new FeedbackService(ctx).remove(params.id);
    return undefined;
  });
  route(app, feedbackApi.answer, async ({ ctx, params, body }) => {
    await answering.answerFromInbox(ctx.actor, params.id, body);
    return undefined;
  });

  // The link: no account, no session; the token alone opens one request.
  route(app, feedbackApi.open, async ({ params }) => answering.open(params.token));
  route(app, feedbackApi.answerByLink, async ({ params, body }) => {
    await answering.answerByLink(params.token, body);
    return undefined;
  });
}
