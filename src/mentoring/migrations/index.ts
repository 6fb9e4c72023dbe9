import type { TrellisMigration } from '../../platform/db/migration.ts';
import { mentoring } from './2026-12-05T0000-mentoring.ts';
import { sessionTimes } from './2026-12-07T0000-session-times.ts';

export const mentoringMigrations: Record<string, TrellisMigration> = {
  '2026-12-05T0000-mentoring': mentoring,
  '2026-12-07T0000-session-times': sessionTimes,
};
