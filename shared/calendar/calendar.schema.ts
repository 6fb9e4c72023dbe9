// The calendar feed: a secret address a calendar app subscribes to, and what the API says of it.
import { z } from 'zod';
import { Timestamp } from '../http/common.schema.ts';

/** How far back the feed reaches: events of the last year stay, older ones drop out. */
export const FEED_DAYS_BACK = 365;

export const CalendarFeedUrl = z.object({
  url: z
    .string()
    .describe('The feed’s secret address (…/calendar/<token>.ics): shown this once, never stored'),
});
export type CalendarFeedUrl = z.infer<typeof CalendarFeedUrl>;

export const CalendarFeedStatus = z.object({
  active: z.boolean().describe('Whether you have a feed; its address is never shown again'),
  createdAt: Timestamp.nullable().describe('When the current feed was made; null without one'),
});
export type CalendarFeedStatus = z.infer<typeof CalendarFeedStatus>;

/** The token in a feed's address; anything that is not one of ours is simply not found. */
export const FeedTokenParams = z.strictObject({ token: z.string().min(1).max(200) });
