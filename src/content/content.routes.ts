import type { FastifyInstance } from 'fastify';
import { contentApi } from '../../shared/content/content.contract.ts';
import { route } from '../platform/http/route.ts';
import { ContentService } from './content.service.ts';
import type { FeedDeps } from './feeds/feed.service.ts';
import { FeedService } from './feeds/feed.service.ts';

/** A person's content log, and the inbox of their feeds' new items. */
export function contentRoutes(app: FastifyInstance, deps: FeedDeps): void {
  route(app, contentApi.listContent, async ({ ctx, query }) => ({
    items: await new ContentService(ctx).list(query),
  }));
  route(app, contentApi.inbox, async ({ ctx, query }) => new FeedService(ctx, deps).inbox(query));
  route(app, contentApi.getContent, async ({ ctx, params }) => new ContentService(ctx).get(params.id));
  route(app, contentApi.createContent, async ({ ctx, body }) => new ContentService(ctx).create(body));
  route(app, contentApi.updateContent, async ({ ctx, params, body }) =>
    new ContentService(ctx).update(params.id, body),
  );
  route(app, contentApi.deleteContent, async ({ ctx, params }) => {
    await new ContentService(ctx).remove(params.id);
    return undefined;
  });
}
