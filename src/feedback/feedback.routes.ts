import type { FastifyInstance } from 'fastify';
import { feedbackApi } from '../../shared/mentoring/mentoring.contract.ts';
import type { AppContext } from '../platform/app-context.ts';
import { expectedOrigin } from '../platform/http/origin.ts';
import { route } from '../platform/http/route.ts';
import { feedbackMessage } from './feedback.mail.ts';
import { FeedbackService } from './feedback.service.ts';
import { FeedbackAnswerService } from './feedback-answer.service.ts';

/** The requests a person sends, her inbox of requests sent to her, and the public link. */
export function feedbackRoutes(app: FastifyInstance, { access, clock, config, mailer }: AppContext): void {
  const answering = new FeedbackAnswerService(access, clock);

  route(app, feedbackApi.create, async ({ ctx, body, req }) => {
    const { request, mailTo } = await new FeedbackService(ctx).create(body);
    if (!mailer || !mailTo) return { ...request, emailedTo: null };
    // Sent after the request is saved: when the mail server refuses, the request stands and the
    // link, shown this once, is the person's to send.
    const origin = expectedOrigin(req, config.publicOrigin);
    try {
      await mailer.send(feedbackMessage(mailTo, ctx.actor.name, request, origin));
      return { ...request, emailedTo: mailTo };
    } catch (err) {
      req.log.warn({ err }, 'a feedback request could not be e-mailed');
      return { ...request, emailedTo: null };
    }
  });
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
