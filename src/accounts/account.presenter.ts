import type { UserRow } from '../platform/db/schema.ts';
import type { ApiToken, User } from './account.schema.ts';

export const presentUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  timezone: row.timezone,
  role: row.role,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const presentToken = (row: {
  id: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
}): ApiToken => ({ id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at });
