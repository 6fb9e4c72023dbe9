import type { TrellisMigration } from '../../platform/db/migration.ts';
import { content } from './2026-12-02T0000-content.ts';

export const contentMigrations: Record<string, TrellisMigration> = {
  '2026-12-02T0000-content': content,
};
