// The calendar feed: a secret address (`/calendar/<token>.ics`) a calendar app subscribes to, with
// the person's due dates, credential expiries, follow-ups, keep-in-touch dates, action items and
// mentoring sessions as iCalendar events. It reads the other capabilities; none reads it.
import type { Feature } from '../platform/feature.ts';
import { calendarRoutes } from './calendar.routes.ts';
import { calendarTableRules } from './calendar.table.ts';
import { FEED_PATHS } from './calendar-feed.token.ts';
import { calendarMigrations } from './migrations/index.ts';

export const calendarFeature: Feature = {
  name: 'calendar',
  tables: calendarTableRules,
  migrations: calendarMigrations,
  routes: calendarRoutes,
  secretPaths: FEED_PATHS,
};
