// Learning: courses, certifications, books and other activities, their time logs (which feed goals
// that add up hours or minutes), and credentials with their expiry.
import type { Feature } from '../platform/feature.ts';
import { learningRoutes } from './learning.routes.ts';
import { learningTableRules } from './learning.table.ts';
import { learningMigrations } from './migrations/index.ts';

export const learningFeature: Feature = {
  name: 'learning',
  tables: learningTableRules,
  migrations: learningMigrations,
  routes: learningRoutes,
};
