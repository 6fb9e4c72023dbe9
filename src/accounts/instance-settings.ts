import { randomBytes } from 'node:crypto';
import type { InstanceScope } from '../platform/access/access.ts';
import { InstanceSettingRepository } from './instance-setting.repository.ts';

/**
 * The secret that signs session cookies: SESSION_SECRET when set, otherwise one generated on first
 * start and kept in the database, so every app server of an instance shares it and restarts keep
 * people signed in.
 */
export async function sessionSecret(instance: InstanceScope, configured: string | null): Promise<string> {
  if (configured) return configured;
  const settings = new InstanceSettingRepository(instance);
  const existing = await settings.get('session_secret');
  if (existing) return existing;
  // Two servers starting at once: one insert wins and both read the winner.
  await settings.setIfAbsent('session_secret', randomBytes(48).toString('base64url'));
  return (await settings.get('session_secret'))!;
}
