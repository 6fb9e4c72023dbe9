// Queueing a feed item: it becomes a content entry to read or hear later, once.
import type { Content } from '../../../shared/content/content.schema.ts';
import { NAME_MAX, TITLE_MAX } from '../../../shared/content/content.schema.ts';
import type { FeedItem } from '../../../shared/content/feed.schema.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { newId } from '../../platform/ids.ts';
import { presentContent } from '../content.presenter.ts';
import { ContentRepository, type ContentRow, searchText } from '../content.repository.ts';
import { presentItem } from './feed.presenter.ts';
import { type FeedItemRow, FeedRepository } from './feed.repository.ts';

const AUDIO_EXTENSIONS = /\.(mp3|m4a|m4b|aac|ogg|oga|opus|wav|flac)$/i;

/** An audio enclosure: said by its type, or (without one) by its file's extension. */
export function hasAudio(item: Pick<FeedItemRow, 'enclosure_url' | 'enclosure_type'>): boolean {
  if (!item.enclosure_url) return false;
  if (item.enclosure_type) return item.enclosure_type.trim().toLowerCase().startsWith('audio/');
  return AUDIO_EXTENSIONS.test(new URL(item.enclosure_url).pathname);
}

/**
 * Makes the item a `queued` content entry: a podcast episode when it has an audio enclosure, else
 * an article, from the feed. Under the owner's lock, so queueing twice (even at once) answers the
 * same entry; the entry is unique per item in the database too.
 */
export function queueItem(
  ctx: RequestContext,
  itemId: string,
): Promise<{ item: FeedItem; content: Content }> {
  return ctx.scope.serialized(async (scope) => {
    const feeds = new FeedRepository(scope);
    const entries = new ContentRepository(scope);
    const item = await feeds.findItem(itemId);
    if (!item) throw notFound('feed item');
    let entry = await entries.findByFeedItem(itemId);
    if (!entry) {
      const feed = (await feeds.find(item.feed_id))!;
      const now = ctx.now().toISOString();
      const fields = {
        kind: hasAudio(item) ? ('podcast_episode' as const) : ('article' as const),
        title: (item.title ?? item.url ?? item.enclosure_url ?? 'Untitled').slice(0, TITLE_MAX),
        url: item.url ?? item.enclosure_url,
        author: null,
        isbn: null,
        source: feed.title.slice(0, NAME_MAX),
        status: 'queued' as const,
        consumed_on: null,
        minutes: item.minutes,
        pages: null,
        rating: null,
        takeaways: null,
      };
      entry = {
        id: newId(),
        ...fields,
        discussed_with: '[]',
        search: searchText(fields),
        feed_item_id: itemId,
        goodreads_book_id: null,
        created_at: now,
        updated_at: now,
      } satisfies ContentRow;
      await entries.insert([entry]);
    }
    await feeds.setItemState(itemId, 'queued', entry.id);
    const skills = (await entries.skillIds([entry.id])).get(entry.id) ?? [];
    return {
      item: presentItem({ ...item, state: 'queued', content_id: entry.id }),
      content: presentContent(entry, skills),
    };
  });
}
