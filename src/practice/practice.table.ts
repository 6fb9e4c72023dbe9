import type { GoalLink } from '../learning/learning.table.ts';
import type { TableRule } from '../platform/access/rules.ts';
import type { OwnerId } from '../platform/db/tables.ts';

/** Time spent doing: one entry per session, on one or more skills. */
export interface PracticeEntryTable extends GoalLink {
  id: string;
  owner_id: OwnerId;
  date: string;
  minutes: number;
  title: string;
  description: string;
  reflection: string;
  outcome: string;
  evidence_url: string | null;
  created_at: string;
  updated_at: string;
}

/** The skills an entry practises, in the order given. */
export interface PracticeEntrySkillTable {
  owner_id: OwnerId;
  entry_id: string;
  skill_id: string;
  position: number;
}

export interface PracticeTables {
  practice_entries: PracticeEntryTable;
  practice_entry_skills: PracticeEntrySkillTable;
}

declare module '../platform/db/tables.ts' {
  interface Tables extends PracticeTables {}
}

/** A person's practice log is theirs alone until sharing with mentors exists. */
export const practiceTableRules = {
  practice_entries: { kind: 'owned', visible: 'owner only' },
  practice_entry_skills: { kind: 'owned', visible: 'owner only' },
} as const satisfies Record<keyof PracticeTables, TableRule>;
