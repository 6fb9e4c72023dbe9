import type { TrellisMigration } from '../../platform/db/migration.ts';
import { feedback } from './2026-12-04T0100-feedback.ts';

export const feedbackMigrations: Record<string, TrellisMigration> = {
  '2026-12-04T0100-feedback': feedback,
};
