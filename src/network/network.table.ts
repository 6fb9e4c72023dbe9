import type { ColumnType } from 'kysely';
import type { InteractionKind } from '../../shared/network/interaction.schema.ts';
import type { TableRule } from '../platform/access/rules.ts';
import type { OwnerId } from '../platform/db/tables.ts';

// Calendar dates are `YYYY-MM-DD` strings and timestamps ISO-8601 UTC strings in both dialects;
// lists are JSON text, with lower-cased key columns beside them for searching alike on both.

export interface ContactTable {
  id: string;
  owner_id: OwnerId;
  name: string;
  /** The name in lower case with single spaces: the list's order (byte order on both databases). */
  name_key: string;
  /** JSON `[{value, label}]`. */
  emails: string;
  /** JSON `[{value, label}]`. */
  phones: string;
  company: string | null;
  position: string | null;
  linkedin_url: string | null;
  /** The LinkedIn profile's address reduced to host and path in lower case, for re-imports to match. */
  linkedin_key: string | null;
  how_met: string | null;
  /** JSON array of tags, as written. */
  tags: string;
  /** The tags in lower case, each between line breaks (`\nrust\ncto\n`), to filter by one exactly. */
  tag_keys: string;
  /** JSON array of roles, in order. */
  roles: string;
  notes: string | null;
  keep_in_touch_days: number | null;
  connected_on: string | null;
  /** The day it was added in the owner's time zone: its clock starts here until an interaction. */
  added_on: string;
  /** The name, company, position, e-mails and tags in lower case, one per line, for `q`. */
  search: string;
  created_at: string;
  updated_at: string;
}

/** The goal an interaction counts towards, held to the owner as learning activities hold theirs. */
export interface InteractionTable {
  id: string;
  owner_id: OwnerId;
  date: string;
  kind: InteractionKind;
  notes: string | null;
  follow_up_on: string | null;
  follow_up_done_on: string | null;
  goal_id: string | null;
  /** The owner's id while `goal_id` is set, else null; written with `goal_id`, never read. */
  goal_owner_id: ColumnType<never, string | null, string | null>;
  created_at: string;
  updated_at: string;
}

/** The contacts of an interaction, in the order given. */
export interface InteractionContactTable {
  owner_id: OwnerId;
  interaction_id: string;
  contact_id: string;
  position: number;
}

/** One row per person who changed a setting: the default cadence of each role, JSON `{role: days}`. */
export interface NetworkSettingsTable {
  owner_id: OwnerId;
  cadence_by_role: string;
  updated_at: string;
}

export interface NetworkTables {
  contacts: ContactTable;
  interactions: InteractionTable;
  interaction_contacts: InteractionContactTable;
  network_settings: NetworkSettingsTable;
}

declare module '../platform/db/tables.ts' {
  interface Tables extends NetworkTables {}
}

/** A person's network is theirs alone. */
export const networkTableRules = {
  contacts: { kind: 'owned', visible: 'owner only' },
  interactions: { kind: 'owned', visible: 'owner only' },
  interaction_contacts: { kind: 'owned', visible: 'owner only' },
  network_settings: { kind: 'owned', visible: 'owner only' },
} as const satisfies Record<keyof NetworkTables, TableRule>;
