import type { TrellisMigration } from '../../platform/db/migration.ts';
import { learning } from './2026-12-01T1010-learning.ts';

export const learningMigrations: Record<string, TrellisMigration> = {
  '2026-12-01T1010-learning': learning,
};
