import type { TrellisMigration } from '../../platform/db/migration.ts';
import { goals } from './2026-11-26T1700-goals.ts';
import { goalOwnerKeys } from './2026-11-29T2100-goal-owner-keys.ts';
import { checkInDayIndex } from './2026-11-29T2200-check-in-day-index.ts';
import { goalDataVersions } from './2026-11-29T2230-goal-data-versions.ts';
import { goalTreeVersions } from './2026-11-29T2300-goal-tree-versions.ts';
import { goalStateSetBy } from './2026-11-29T2330-goal-state-set-by.ts';
import { goalSkills } from './2026-11-30T0100-goal-skills.ts';
import { checkInSources } from './2026-12-01T1000-check-in-sources.ts';

export const goalMigrations: Record<string, TrellisMigration> = {
  '2026-11-26T1700-goals': goals,
  '2026-11-29T2100-goal-owner-keys': goalOwnerKeys,
  '2026-11-29T2200-check-in-day-index': checkInDayIndex,
  '2026-11-29T2230-goal-data-versions': goalDataVersions,
  '2026-11-29T2300-goal-tree-versions': goalTreeVersions,
  '2026-11-29T2330-goal-state-set-by': goalStateSetBy,
  '2026-11-30T0100-goal-skills': goalSkills,
  '2026-12-01T1000-check-in-sources': checkInSources,
};
