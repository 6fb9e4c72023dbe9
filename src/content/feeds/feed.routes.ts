import type { FastifyInstance } from 'fastify';
import { feedApi } from '../../../shared/content/content.contract.ts';
import { route } from '../../platform/http/route.ts';
import { type FeedDeps, FeedService } from './feed.service.ts';
import { exportOpml } from './opml/opml.service.ts';

/** Feeds, their items, and the OPML export. */
export function feedRoutes(app: FastifyInstance, deps: FeedDeps): void {
  const feeds = (ctx: ConstructorParameters<typeof FeedService>[0]) => new FeedService(ctx, deps);
  route(app, feedApi.listFeeds, async ({ ctx }) => ({ items: await feeds(ctx).list() }));
  route(app, feedApi.subscribe, async ({ ctx, body }) => feeds(ctx).subscribe(body.url));
  route(app, feedApi.deleteFeed, async ({ ctx, params }) => {
    await feeds(ctx).remove(params.id);
    return undefined;
  });
  route(app, feedApi.refreshFeed, async ({ ctx, params }) => feeds(ctx).refresh(params.id));
  route(app, feedApi.feedItems, async ({ ctx, params, query }) => feeds(ctx).items(params.id, query));
  route(app, feedApi.queueItem, async ({ ctx, params }) => feeds(ctx).queue(params.id));
  route(app, feedApi.dismissItem, async ({ ctx, params }) => feeds(ctx).dismiss(params.id));
  route(app, feedApi.exportOpml, async ({ ctx, reply }) => {
    reply.type('text/x-opml; charset=utf-8');
    reply.header('content-disposition', 'attachment; filename="trellis-feeds.opml"');
    return exportOpml(ctx);
  });
}
