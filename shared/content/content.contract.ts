import { z } from 'zod';
import { IdParams, listOf, pageOf } from '../http/common.schema.ts';
import { endpoint } from '../http/contract.ts';
import { Content, ContentListQuery, CreateContentBody, UpdateContentBody } from './content.schema.ts';
import {
  Feed,
  FeedItem,
  FeedWithItems,
  GoodreadsImportSummary,
  InboxItem,
  ItemPageQuery,
  OpmlImportSummary,
  QueueResult,
  RefreshResult,
  SubscribeBody,
} from './feed.schema.ts';

const content = 'Content';
const feeds = 'Feeds';

export const contentApi = {
  listContent: endpoint({
    method: 'GET',
    path: '/api/v1/content',
    summary:
      'Your content log: the queue and what is in progress first (newest added first), then what you finished or gave up, most recently consumed first',
    tag: content,
    auth: 'user',
    status: 200,
    query: ContentListQuery,
    response: listOf(Content),
  }),
  getContent: endpoint({
    method: 'GET',
    path: '/api/v1/content/:id',
    summary: 'One content entry',
    tag: content,
    auth: 'user',
    status: 200,
    params: IdParams,
    response: Content,
  }),
  createContent: endpoint({
    method: 'POST',
    path: '/api/v1/content',
    summary: 'Log an article, episode, video, book, newsletter, talk or paper (`done` needs `consumedOn`)',
    tag: content,
    auth: 'user',
    status: 201,
    body: CreateContentBody,
    response: Content,
  }),
  updateContent: endpoint({
    method: 'PATCH',
    path: '/api/v1/content/:id',
    summary: 'Change a content entry; null clears a field',
    tag: content,
    auth: 'user',
    status: 200,
    params: IdParams,
    body: UpdateContentBody,
    response: Content,
  }),
  deleteContent: endpoint({
    method: 'DELETE',
    path: '/api/v1/content/:id',
    summary: 'Delete a content entry',
    tag: content,
    auth: 'user',
    status: 204,
    params: IdParams,
    response: null,
  }),
  inbox: endpoint({
    method: 'GET',
    path: '/api/v1/content/inbox',
    summary: 'The new items of all your feeds (neither queued nor dismissed), newest first',
    tag: content,
    auth: 'user',
    status: 200,
    query: ItemPageQuery,
    response: pageOf(InboxItem),
  }),
  importGoodreads: endpoint({
    method: 'POST',
    path: '/api/v1/content/import/goodreads',
    summary:
      'Import a Goodreads library export (the CSV as a text/csv body, or a multipart upload; up to 10 MB): one book per row, updated in place on a re-import',
    tag: content,
    auth: 'user',
    status: 200,
    response: GoodreadsImportSummary,
  }),
};

export const feedApi = {
  listFeeds: endpoint({
    method: 'GET',
    path: '/api/v1/feeds',
    summary: 'The feeds you follow, by title',
    tag: feeds,
    auth: 'user',
    status: 200,
    response: listOf(Feed),
  }),
  subscribe: endpoint({
    method: 'POST',
    path: '/api/v1/feeds',
    summary:
      'Follow an RSS or Atom feed: fetched once now (502 feed_unavailable, 422 feed_invalid when that fails, and nothing is kept)',
    tag: feeds,
    auth: 'user',
    status: 201,
    body: SubscribeBody,
    response: FeedWithItems,
  }),
  deleteFeed: endpoint({
    method: 'DELETE',
    path: '/api/v1/feeds/:id',
    summary: 'Stop following a feed; its items go, the content queued from them stays',
    tag: feeds,
    auth: 'user',
    status: 204,
    params: IdParams,
    response: null,
  }),
  refreshFeed: endpoint({
    method: 'POST',
    path: '/api/v1/feeds/:id/refresh',
    summary:
      'Fetch a feed now and keep its new items; a failure is recorded as its lastError (409 while it is being fetched)',
    tag: feeds,
    auth: 'user',
    status: 200,
    params: IdParams,
    response: RefreshResult,
  }),
  feedItems: endpoint({
    method: 'GET',
    path: '/api/v1/feeds/:id/items',
    summary: 'A feed’s items, newest first',
    tag: feeds,
    auth: 'user',
    status: 200,
    params: IdParams,
    query: ItemPageQuery,
    response: pageOf(FeedItem),
  }),
  queueItem: endpoint({
    method: 'POST',
    path: '/api/v1/feed-items/:id/queue',
    summary:
      'Queue a feed item as a content entry (a podcast episode when it has an audio enclosure, else an article); queueing it again answers the same entry',
    tag: feeds,
    auth: 'user',
    status: 200,
    params: IdParams,
    response: QueueResult,
  }),
  dismissItem: endpoint({
    method: 'POST',
    path: '/api/v1/feed-items/:id/dismiss',
    summary: 'Hide a feed item from the inbox',
    tag: feeds,
    auth: 'user',
    status: 200,
    params: IdParams,
    response: FeedItem,
  }),
  importOpml: endpoint({
    method: 'POST',
    path: '/api/v1/feeds/import',
    summary:
      'Follow every feed of an OPML file (body as text/x-opml, application/xml or text/xml; up to 1 MiB), nested outlines too; they are fetched by the background refresh',
    tag: feeds,
    auth: 'user',
    status: 200,
    response: OpmlImportSummary,
  }),
  exportOpml: endpoint({
    method: 'GET',
    path: '/api/v1/feeds/export',
    summary: 'The feeds you follow as an OPML 2.0 file (text/x-opml), for a podcast app or feed reader',
    tag: feeds,
    auth: 'user',
    status: 200,
    response: z.string().describe('OPML 2.0 (text/x-opml; charset=utf-8)'),
  }),
};
