// Practice: the log of time spent doing, on skills (which feeds goals that add up hours or
// minutes), and the knowledge-vs-practice ledger over it and the learning log.
import type { Feature } from '../platform/feature.ts';
import { practiceMigrations } from './migrations/index.ts';
import { practiceRoutes } from './practice.routes.ts';
import { practiceTableRules } from './practice.table.ts';

export const practiceFeature: Feature = {
  name: 'practice',
  tables: practiceTableRules,
  migrations: practiceMigrations,
  routes: practiceRoutes,
};
