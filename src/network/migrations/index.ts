import type { TrellisMigration } from '../../platform/db/migration.ts';
import { network } from './2026-12-03T0000-network.ts';

export const networkMigrations: Record<string, TrellisMigration> = {
  '2026-12-03T0000-network': network,
};
