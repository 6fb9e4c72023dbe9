// Exports: a person's entries as one CSV file per entity, for a spreadsheet, her JSON Resume, and
// the full export of everything she owns, which an import loads into an account (portable/).
// Through her scope and the other capabilities' repositories and services: no tables of its own,
// and nothing imports it.
import type { Feature } from '../platform/feature.ts';
import { exportRoutes } from './export.routes.ts';

export const exportsFeature: Feature = {
  name: 'exports',
  tables: {},
  migrations: {},
  routes(app) {
    exportRoutes(app);
  },
};
