// Goals: measurable, time-bound goals with check-ins, progress and forecast, breakdown, SMART review.
import type { Feature } from '../platform/feature.ts';
import { goalRoutes } from './goal.routes.ts';
import { goalTableRules } from './goal.table.ts';
import { goalMigrations } from './migrations/index.ts';

export const goalsFeature: Feature = {
  name: 'goals',
  tables: goalTableRules,
  migrations: goalMigrations,
  routes: goalRoutes,
};
