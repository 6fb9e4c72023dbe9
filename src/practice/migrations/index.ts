import type { TrellisMigration } from '../../platform/db/migration.ts';
import { practice } from './2026-12-01T1020-practice.ts';

export const practiceMigrations: Record<string, TrellisMigration> = {
  '2026-12-01T1020-practice': practice,
};
