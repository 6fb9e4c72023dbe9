import { z } from 'zod';
import { endpoint } from '../http/contract.ts';
import { CalendarFeedStatus, CalendarFeedUrl, FeedTokenParams } from './calendar.schema.ts';

const tag = 'Calendar';

export const calendarApi = {
  feed: endpoint({
    method: 'GET',
    path: '/api/v1/calendar/feed',
    summary: 'Whether you have a calendar feed, and since when (never its address)',
    tag,
    auth: 'user',
    status: 200,
    response: CalendarFeedStatus,
  }),
  createFeed: endpoint({
    method: 'POST',
    path: '/api/v1/calendar/feed',
    summary: 'Make a new secret calendar feed address (iCalendar), shown once; the one before stops working',
    tag,
    auth: 'user',
    status: 201,
    response: CalendarFeedUrl,
  }),
  revokeFeed: endpoint({
    method: 'DELETE',
    path: '/api/v1/calendar/feed',
    summary: 'Stop your calendar feed: its address answers 404 from now on',
    tag,
    auth: 'user',
    status: 204,
    response: null,
  }),
  ics: endpoint({
    method: 'GET',
    path: '/calendar/:token.ics',
    summary:
      'The calendar feed (text/calendar, no account needed): due dates, credential expiries, follow-ups, keep-in-touch dates, action items and mentoring sessions of the last 365 days and to come; 404 for an unknown or revoked address',
    tag,
    auth: 'none',
    status: 200,
    params: FeedTokenParams,
    response: z.string().describe('iCalendar (text/calendar; charset=utf-8)'),
    produces: ['text/calendar'],
  }),
};
