import type { TrellisMigration } from '../../platform/db/migration.ts';
import { skills } from './2026-11-30T0000-skills.ts';
import { builtinCatalogue } from './2026-11-30T0050-builtin-catalogue.ts';
import { skillNameOrder } from './2026-11-30T0400-skill-name-order.ts';
import { assessmentOwnerKey } from './2026-12-04T0000-assessment-owner-key.ts';

export const skillMigrations: Record<string, TrellisMigration> = {
  '2026-11-30T0000-skills': skills,
  '2026-11-30T0050-builtin-catalogue': builtinCatalogue,
  '2026-11-30T0400-skill-name-order': skillNameOrder,
  '2026-12-04T0000-assessment-owner-key': assessmentOwnerKey,
};
