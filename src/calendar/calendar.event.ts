// What every source of the feed is given, and how an event is made of an item of the web app.
import type { RequestContext } from '../platform/http/request-context.ts';
import type { CalendarEvent } from './ics.writer.ts';

/** One source's share of the feed: the person's items dated on or after `from`. */
export interface FeedRequest {
  ctx: RequestContext;
  /** The first day the feed shows. */
  from: string;
  /** The web app's origin, which links are made against. */
  origin: string;
}

/**
 * An all-day event about an item of the web app at `path`. UIDs name the item and what about it
 * falls on the day (`goal-<id>-due@trellis`), so a moved due date updates the same event.
 */
export function dayEvent(
  request: FeedRequest,
  item: { uid: string; summary: string; date: string; path: string; note?: string },
): CalendarEvent {
  const url = `${request.origin}${item.path}`;
  const description = item.note ? `${item.note}\n\nOpen in Trellis: ${url}` : `Open in Trellis: ${url}`;
  return { uid: `${item.uid}@trellis`, summary: item.summary, when: { date: item.date }, description, url };
}
