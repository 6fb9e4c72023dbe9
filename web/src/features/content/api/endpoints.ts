import type { contentApi, feedApi } from '@shared/content/content.contract.ts';
import { endpointRef } from '../../../api/client.ts';

/** The content and feed endpoints the web calls, checked against the shared contract (see `endpointRef`). */
export const contentEndpoints = {
  listContent: endpointRef<typeof contentApi.listContent>('GET', '/api/v1/content'),
  getContent: endpointRef<typeof contentApi.getContent>('GET', '/api/v1/content/:id'),
  createContent: endpointRef<typeof contentApi.createContent>('POST', '/api/v1/content'),
  updateContent: endpointRef<typeof contentApi.updateContent>('PATCH', '/api/v1/content/:id'),
  deleteContent: endpointRef<typeof contentApi.deleteContent>('DELETE', '/api/v1/content/:id'),
  inbox: endpointRef<typeof contentApi.inbox>('GET', '/api/v1/content/inbox'),
  importGoodreads: endpointRef<typeof contentApi.importGoodreads>('POST', '/api/v1/content/import/goodreads'),
};

export const feedEndpoints = {
  listFeeds: endpointRef<typeof feedApi.listFeeds>('GET', '/api/v1/feeds'),
  subscribe: endpointRef<typeof feedApi.subscribe>('POST', '/api/v1/feeds'),
  deleteFeed: endpointRef<typeof feedApi.deleteFeed>('DELETE', '/api/v1/feeds/:id'),
  refreshFeed: endpointRef<typeof feedApi.refreshFeed>('POST', '/api/v1/feeds/:id/refresh'),
  queueItem: endpointRef<typeof feedApi.queueItem>('POST', '/api/v1/feed-items/:id/queue'),
  dismissItem: endpointRef<typeof feedApi.dismissItem>('POST', '/api/v1/feed-items/:id/dismiss'),
  importOpml: endpointRef<typeof feedApi.importOpml>('POST', '/api/v1/feeds/import'),
};

/** The OPML file of the feeds one follows: a plain link downloads it with the session cookie. */
export const OPML_EXPORT_PATH = '/api/v1/feeds/export' satisfies (typeof feedApi.exportOpml)['path'];
