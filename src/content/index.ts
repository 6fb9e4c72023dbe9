// Content: what a person reads, hears and watches (a log and a queue), the feeds they follow with
// an inbox of new items and a background refresh, OPML subscriptions, and Goodreads reading lists.
import type { Feature } from '../platform/feature.ts';
import { contentRoutes } from './content.routes.ts';
import { contentTableRules } from './content.table.ts';
import { feedRefreshJob } from './feeds/feed.job.ts';
import { feedRoutes } from './feeds/feed.routes.ts';
import { webFeedSource } from './feeds/feed-source.ts';
import { addressPolicy } from './feeds/fetch/address-policy.ts';
import { opmlRoutes } from './feeds/opml/opml.routes.ts';
import { goodreadsRoutes } from './goodreads/goodreads.routes.ts';
import { contentMigrations } from './migrations/index.ts';

export { contentMinutesBySkill, type SkillContentMinutes } from './content-minutes.ts';

export const contentFeature: Feature = {
  name: 'content',
  tables: contentTableRules,
  migrations: contentMigrations,
  routes(app, ctx) {
    const deps = { source: webFeedSource(ctx.config.feeds, ctx.version), clock: ctx.clock };
    contentRoutes(app, deps);
    feedRoutes(app, deps);
    opmlRoutes(app, addressPolicy(ctx.config.feeds.allowPrivate));
    goodreadsRoutes(app);
  },
  jobs(ctx) {
    const source = webFeedSource(ctx.config.feeds, ctx.version);
    const job = feedRefreshJob(ctx.access.instance, source, ctx.clock, ctx.config.feeds.refreshMinutes);
    return job ? [job] : [];
  },
};
