import type { TrellisMigration } from '../../platform/db/migration.ts';
import { digestSends } from './2026-12-06T0910-digest-sends.ts';

export const digestMigrations: Record<string, TrellisMigration> = {
  '2026-12-06T0910-digest-sends': digestSends,
};
