// The network: contacts and interactions with them, the keep-in-touch cadence and its due list,
// LinkedIn and vCard imports and a vCard export. Interactions linked to a goal that adds up count
// on it through check-ins.
import type { Feature } from '../platform/feature.ts';
import { networkImportRoutes } from './import/import.routes.ts';
import { networkMigrations } from './migrations/index.ts';
import { networkRoutes } from './network.routes.ts';
import { networkTableRules } from './network.table.ts';

export const networkFeature: Feature = {
  name: 'network',
  tables: networkTableRules,
  migrations: networkMigrations,
  routes(app) {
    networkRoutes(app);
    networkImportRoutes(app);
  },
};
