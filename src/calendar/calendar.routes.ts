import type { FastifyInstance, FastifyRequest } from 'fastify';
import { calendarApi } from '../../shared/calendar/calendar.contract.ts';
import type { AppContext } from '../platform/app-context.ts';
import { expectedOrigin } from '../platform/http/origin.ts';
import { route } from '../platform/http/route.ts';
import { CalendarFeedService } from './calendar-feed.service.ts';
import { feedPath } from './calendar-feed.token.ts';
import { CalendarIcsService } from './calendar-ics.service.ts';

/** The person's feed, and the feed itself at its secret address (outside /api, for calendar apps). */
export function calendarRoutes(app: FastifyInstance, { access, clock, config }: AppContext): void {
  const ics = new CalendarIcsService(access, clock);
  // The configured public address, else the one this request came to: where the app is reached.
  const origin = (req: FastifyRequest) => expectedOrigin(req, config.publicOrigin);

  route(app, calendarApi.feed, async ({ ctx }) => new CalendarFeedService(ctx).status());
  route(app, calendarApi.createFeed, async ({ ctx, req }) => ({
    url: `${origin(req)}${feedPath(await new CalendarFeedService(ctx).create())}`,
  }));
  route(app, calendarApi.revokeFeed, async ({ ctx }) => {
    await new CalendarFeedService(ctx).revoke();
    return undefined;
  });

  route(app, calendarApi.ics, async ({ params, req, reply }) => {
    const text = await ics.write(params.token, origin(req));
    reply.type('text/calendar; charset=utf-8');
    // A person's own data at an address anyone holding it may fetch: no cache keeps a copy.
    reply.header('cache-control', 'no-store');
    return text;
  });
}
