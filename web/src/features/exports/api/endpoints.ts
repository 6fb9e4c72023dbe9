import type { calendarApi } from '@shared/calendar/calendar.contract.ts';
import type { exportApi } from '@shared/exports/export.contract.ts';
import { endpointRef } from '../../../api/client.ts';

/** The calendar feed endpoints the web calls, checked against the shared contract (see `endpointRef`). */
export const calendarEndpoints = {
  feed: endpointRef<typeof calendarApi.feed>('GET', '/api/v1/calendar/feed'),
  createFeed: endpointRef<typeof calendarApi.createFeed>('POST', '/api/v1/calendar/feed'),
  revokeFeed: endpointRef<typeof calendarApi.revokeFeed>('DELETE', '/api/v1/calendar/feed'),
};

/** The full export and its import. */
export const portableEndpoints = {
  importFull: endpointRef<typeof exportApi.importFull>('POST', '/api/v1/import'),
};

/** The full export: a download, not a call (the browser saves the attachment). */
export const FULL_EXPORT_HREF = '/api/v1/export';
