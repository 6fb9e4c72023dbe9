// Every capability of Trellis, in the order its tables are created. A new capability is a sibling
// folder with an `index.ts` exporting its Feature, and one line here; the platform knows none of them.
import { accountsAuthentication, accountsFeature } from './accounts/index.ts';
import { calendarFeature } from './calendar/index.ts';
import { contentFeature } from './content/index.ts';
import { digestFeature } from './digest/index.ts';
import { exportsFeature } from './exports/index.ts';
import { feedbackFeature } from './feedback/index.ts';
import { goalsFeature } from './goals/index.ts';
import { learningFeature } from './learning/index.ts';
import { mentoringFeature } from './mentoring/index.ts';
import { networkFeature } from './network/index.ts';
import type { TableRules } from './platform/access/rules.ts';
import type { TrellisMigration } from './platform/db/migration.ts';
import type { Feature } from './platform/feature.ts';
import { practiceFeature } from './practice/index.ts';
import { reportsFeature } from './reports/index.ts';
import { skillsFeature } from './skills/index.ts';

export const features: readonly Feature[] = [
  accountsFeature,
  goalsFeature,
  skillsFeature,
  learningFeature,
  practiceFeature,
  contentFeature,
  networkFeature,
  mentoringFeature,
  feedbackFeature,
  exportsFeature,
  calendarFeature,
  reportsFeature,
  digestFeature,
];

/** Who is asking is resolved by the accounts capability. */
export const authentication = accountsAuthentication;

/** Every feature's migrations, by name (names are timestamps, so they sort in the order they run). */
export function allMigrations(list: readonly Feature[] = features): Record<string, TrellisMigration> {
  const entries = list.flatMap((f) => Object.entries(f.migrations));
  const names = entries.map(([name]) => name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new Error(`Two migrations are named ${twice}.`);
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** Every feature's tables with their access rules. */
export function allTableRules(list: readonly Feature[] = features): TableRules {
  return Object.assign({}, ...list.map((f) => f.tables));
}
