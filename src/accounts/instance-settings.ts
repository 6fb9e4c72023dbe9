import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';

/**
 * The secret that signs session cookies: SESSION_SECRET when set, otherwise one generated on first
 * start and kept in the database, so every app server of an instance shares it and restarts keep
 * people signed in.
 */
export async function sessionSecret(db: Kysely<DB>, configured: string | null): Promise<string> {
  if (configured) return configured;
  const existing = await db
    .selectFrom('instance_settings')
    .select('value')
    .where('key', '=', 'session_secret')
    .executeTakeFirst();
  if (existing) return existing.value;
  const secret = randomBytes(48).toString('base64url');
  // Two servers starting at once: one insert wins and both read the winner.
  await db
    .insertInto('instance_settings')
    .values({ key: 'session_secret', value: secret })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const stored = await db
    .selectFrom('instance_settings')
    .select('value')
    .where('key', '=', 'session_secret')
    .executeTakeFirstOrThrow();
  return stored.value;
}
