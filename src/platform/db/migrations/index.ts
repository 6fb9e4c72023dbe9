import { accounts } from './2026-11-26T1600-accounts.ts';
import { goals } from './2026-11-26T1700-goals.ts';
import type { TrellisMigration } from './types.ts';

/** Every migration by name. Names are timestamps, so they sort in the order they must run. */
export const migrations: Record<string, TrellisMigration> = {
  '2026-11-26T1600-accounts': accounts,
  '2026-11-26T1700-goals': goals,
};
