import type { Generated } from 'kysely';
import type { DigestChoice } from '../../shared/accounts/account.schema.ts';
import type { TableRule } from '../platform/access/rules.ts';
import type { OwnerId } from '../platform/db/tables.ts';

// Timestamps are ISO-8601 UTC strings in both dialects (see platform/db/postgres.ts).

export interface UserTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  timezone: string;
  role: 'admin' | 'member';
  /** The weekly digest by e-mail: 'weekly' (the default) or 'off'. */
  digest: DigestChoice;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  id: string;
  owner_id: OwnerId;
  token_hash: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: string;
  owner_id: OwnerId;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
}

export interface LoginFailureTable {
  id: Generated<number>;
  email: string;
  ip: string;
  at: string;
}

export interface InstanceSettingTable {
  key: string;
  value: string;
}

export interface AccountTables {
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  login_failures: LoginFailureTable;
  instance_settings: InstanceSettingTable;
}

declare module '../platform/db/tables.ts' {
  interface Tables extends AccountTables {}
}

/** People and the instance's records are the instance's; sessions and tokens only their owner's. */
export const accountTableRules = {
  users: { kind: 'instance' },
  sessions: { kind: 'owned', visible: 'owner only' },
  api_tokens: { kind: 'owned', visible: 'owner only' },
  login_failures: { kind: 'instance' },
  instance_settings: { kind: 'instance' },
} as const satisfies Record<keyof AccountTables, TableRule>;
