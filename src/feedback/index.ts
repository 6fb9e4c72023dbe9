// Feedback requests: questions about a goal, a skill or a topic, sent as a link anyone may answer
// once without an account, and found in the inbox of a recipient who has one. A level given about
// a skill becomes an assessment of it.
import type { Feature } from '../platform/feature.ts';
import { feedbackRoutes } from './feedback.routes.ts';
import { feedbackTableRules } from './feedback.table.ts';
import { LINK_PATHS } from './feedback.token.ts';
import { feedbackMigrations } from './migrations/index.ts';

export const feedbackFeature: Feature = {
  name: 'feedback',
  tables: feedbackTableRules,
  migrations: feedbackMigrations,
  routes: feedbackRoutes,
  secretPaths: LINK_PATHS,
};
