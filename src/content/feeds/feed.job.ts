// The background refresh: every feed of every person, once per TRELLIS_FEED_REFRESH_MINUTES.
//
// Each app server runs this job. A feed is due when it was last fetched (or tried) at least the
// period ago. Before fetching one, a server claims it: a conditional UPDATE that sets
// `claimed_until` (a lease longer than any fetch) only while no unexpired claim is there and the
// feed is still due, so of several servers exactly one wins, and a server whose list of due feeds
// went stale meanwhile finds the feed fetched and leaves it. The winner fetches outside any
// transaction and lets the claim go with the result; a server that dies mid-fetch holds the feed
// only until the lease runs out. So however many app servers share the database, one fetch of a
// feed runs at a time, about once per period. An advisory lock would have to be held by an open
// transaction (a pooled connection) for the whole fetch; the claim holds none.
import type { InstanceScope } from '../../platform/access/access.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Job } from '../../platform/jobs.ts';
import { FeedRepository } from './feed.repository.ts';
import { FeedError } from './feed-error.ts';
import { refreshFeed } from './feed-refresh.ts';
import type { FeedSource } from './feed-source.ts';

/** How often the job looks for due feeds, at most: a feed waits at most this long past its period. */
const LOOK_EVERY_MS = 10 * 60 * 1000;

export interface RefreshRun {
  refreshed: number;
  failed: number;
}

/**
 * Refreshes every feed due at `clock.now()`: not fetched in the last `periodMinutes`. A feed that
 * fails keeps its failure as `lastError` and the run goes on with the others; an unexpected error
 * (the database) is thrown once all the feeds it could reach are done.
 */
export async function refreshDueFeeds(
  instance: InstanceScope,
  source: FeedSource,
  clock: Clock,
  periodMinutes: number,
): Promise<RefreshRun> {
  const run: RefreshRun = { refreshed: 0, failed: 0 };
  let unexpected: unknown = null;
  // One query per person, then one per due feed: the job reads what it works on.
  const people = await instance.db.selectFrom('users').select('id').orderBy('id').execute();
  for (const person of people) {
    const scope = instance.scopeOf(person.id);
    const now = clock.now();
    const cutoff = new Date(now.getTime() - periodMinutes * 60_000).toISOString();
    for (const feed of await new FeedRepository(scope).due(cutoff, now.toISOString())) {
      try {
        const outcome = await refreshFeed(scope, feed.id, source, clock, cutoff);
        if (outcome.kind === 'refreshed') run.refreshed += 1;
      } catch (err) {
        run.failed += 1;
        if (!(err instanceof FeedError)) unexpected ??= err;
      }
    }
  }
  if (unexpected) throw unexpected;
  return run;
}

/** The job, or none when TRELLIS_FEED_REFRESH_MINUTES is 0. Runs of one app server never overlap. */
export function feedRefreshJob(
  instance: InstanceScope,
  source: FeedSource,
  clock: Clock,
  periodMinutes: number,
): Job | null {
  if (periodMinutes === 0) return null;
  let running = false;
  return {
    name: 'refresh feeds',
    everyMs: Math.min(periodMinutes * 60_000, LOOK_EVERY_MS),
    async run() {
      if (running) return;
      running = true;
      try {
        await refreshDueFeeds(instance, source, clock, periodMinutes);
      } finally {
        running = false;
      }
    },
  };
}
