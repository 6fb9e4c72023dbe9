import type { TrellisMigration } from '../../platform/db/migration.ts';
import { calendarFeeds } from './2026-12-06T0000-calendar-feeds.ts';

export const calendarMigrations: Record<string, TrellisMigration> = {
  '2026-12-06T0000-calendar-feeds': calendarFeeds,
};
