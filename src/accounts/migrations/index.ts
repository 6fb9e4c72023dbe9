import type { TrellisMigration } from '../../platform/db/migration.ts';
import { accounts } from './2026-11-26T1600-accounts.ts';
import { userDigest } from './2026-12-06T0900-user-digest.ts';

export const accountMigrations: Record<string, TrellisMigration> = {
  '2026-11-26T1600-accounts': accounts,
  '2026-12-06T0900-user-digest': userDigest,
};
