import type { ApiToken, User } from '../../shared/accounts/account.schema.ts';
import type { Actor } from '../platform/access/actor.ts';

export const presentUser = (actor: Actor): User => ({
  id: actor.id,
  email: actor.email,
  name: actor.name,
  timezone: actor.timeZone,
  role: actor.role,
  digest: actor.digest,
  createdAt: actor.createdAt,
  updatedAt: actor.updatedAt,
});

export const presentToken = (row: {
  id: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
}): ApiToken => ({ id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at });
