// Period reports: a week, month, quarter, year or range of days beside the period before it, read
// from the other capabilities (nothing imports this one), as JSON, Markdown, CSV or PDF. It keeps no
// tables of its own.
import type { Feature } from '../platform/feature.ts';
import { reportRoutes } from './report.routes.ts';

export const reportsFeature: Feature = {
  name: 'reports',
  tables: {},
  migrations: {},
  routes(app) {
    reportRoutes(app);
  },
};
