import net from 'node:net';
import type { z } from 'zod';
import { isHttpUrl, TITLE_MAX, URL_MAX } from '../../../../shared/content/content.schema.ts';
import { FEEDS_MAX, type OpmlImportSummary } from '../../../../shared/content/feed.schema.ts';
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { newId } from '../../../platform/ids.ts';
import { FeedRepository, type FeedRow } from '../feed.repository.ts';
import { feedTitle } from '../feed-refresh.ts';
import type { AddressPolicy } from '../fetch/address-policy.ts';
import type { OpmlOutline } from './opml.reader.ts';
import { writeOpml } from './opml.writer.ts';

/**
 * The outline's address, normalised, when a feed may live there; else null. Nothing is fetched or
 * resolved here: an address written as a refused IP address, or `localhost`, is refused now, and a
 * host name that resolves to one is refused by the refresh that fetches it.
 */
export function importableUrl(xmlUrl: string, policy: AddressPolicy): string | null {
  if (!isHttpUrl(xmlUrl)) return null;
  const url = new URL(xmlUrl);
  if (url.href.length > URL_MAX) return null;
  if (url.username || url.password) return null;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (net.isIP(host) && !policy(host)) return null;
  if ((host === 'localhost' || host.endsWith('.localhost')) && !policy('127.0.0.1')) return null;
  return url.href;
}

/**
 * Follows every outline's feed that the person does not follow yet, in one transaction, up to the
 * most one person may follow. The feeds are not fetched now: the background refresh fetches those
 * never fetched first.
 */
export function importOutlines(
  ctx: RequestContext,
  outlines: readonly OpmlOutline[],
  policy: AddressPolicy,
): Promise<z.infer<typeof OpmlImportSummary>> {
  return ctx.scope.serialized(async (scope) => {
    const repo = new FeedRepository(scope);
    const followed = await repo.urls();
    let room = FEEDS_MAX - followed.size;
    const summary = { added: 0, existing: 0, invalid: 0, overLimit: 0 };
    const rows: FeedRow[] = [];
    const now = ctx.now().toISOString();
    for (const outline of outlines) {
      const url = importableUrl(outline.xmlUrl, policy);
      if (url === null) summary.invalid += 1;
      else if (followed.has(url)) summary.existing += 1;
      else if (room === 0) summary.overLimit += 1;
      else {
        followed.add(url);
        room -= 1;
        summary.added += 1;
        rows.push({
          id: newId(),
          url,
          title: outline.title?.slice(0, TITLE_MAX) ?? feedTitle(null, url),
          site_url: siteUrl(outline.htmlUrl),
          etag: null,
          last_modified: null,
          last_fetched_at: null,
          last_error: null,
          claimed_until: null,
          created_at: now,
          updated_at: now,
        });
      }
    }
    await repo.insertFeeds(rows);
    return summary;
  });
}

/** An outline's htmlUrl, when it is a web address of a length kept. */
function siteUrl(htmlUrl: string | null): string | null {
  if (!htmlUrl || !isHttpUrl(htmlUrl)) return null;
  const href = new URL(htmlUrl).href;
  return href.length <= URL_MAX ? href : null;
}

/** The person's feeds as an OPML 2.0 document. */
export async function exportOpml(ctx: RequestContext): Promise<string> {
  const feeds = await new FeedRepository(ctx.scope).list();
  return writeOpml(
    feeds.map((f) => ({ title: f.title, url: f.url, siteUrl: f.site_url })),
    'Feeds followed in Trellis',
    ctx.now(),
  );
}
