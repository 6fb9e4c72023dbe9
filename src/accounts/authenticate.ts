import type {} from '@fastify/cookie';
import type { AppContext } from '../platform/app-context.ts';
import type { Authentication } from '../platform/feature.ts';
import { actorOf, SESSION_TTL_MS } from './account.service.ts';
import { ApiTokenRepository } from './api-token.repository.ts';
import { sessionSecret } from './instance-settings.ts';
import { hashSecret } from './secrets.ts';
import { SessionRepository } from './session.repository.ts';
import { UserRepository } from './user.repository.ts';

export const SESSION_COOKIE = 'trellis_session';
// A session's sliding expiry and a token's last use are written at most this often, so that
// reads do not each cost a write.
const TOUCH_SESSION_EVERY_MS = 5 * 60 * 1000;
const MARK_TOKEN_USED_EVERY_MS = 60 * 1000;

/** Resolves who is asking: a bearer token, else the signed session cookie. */
export function accountsAuthentication({ access, clock, config }: AppContext): Authentication {
  const users = new UserRepository(access.instance);
  const since = (iso: string | null, now: Date) =>
    iso === null ? Infinity : now.getTime() - Date.parse(iso);

  async function byToken(secret: string) {
    const token = await access.instance.findCredential('api_tokens', hashSecret(secret));
    if (!token) return null;
    const user = await users.findById(token.owner_id);
    if (!user) return null;
    const now = clock.now();
    if (since(token.last_used_at, now) > MARK_TOKEN_USED_EVERY_MS) {
      await new ApiTokenRepository(access.scopeFor(user)).markUsed(token.id, now.toISOString());
    }
    return actorOf(user, 'token', null);
  }

  async function bySession(secret: string) {
    const session = await access.instance.findCredential('sessions', hashSecret(secret));
    const now = clock.now();
    if (!session || session.expires_at <= now.toISOString()) return null;
    const user = await users.findById(session.owner_id);
    if (!user) return null;
    if (since(session.last_seen_at, now) > TOUCH_SESSION_EVERY_MS) {
      const expires = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
      await new SessionRepository(access.scopeFor(user)).touch(session.id, now.toISOString(), expires);
    }
    return actorOf(user, 'session', session.id);
  }

  return {
    cookieSecret: () => sessionSecret(access.instance, config.sessionSecret),
    async authenticate(req) {
      const header = req.headers.authorization;
      if (header) {
        const match = /^Bearer\s+(\S+)$/i.exec(header);
        return match ? byToken(match[1]!) : null;
      }
      const raw = req.cookies[SESSION_COOKIE];
      if (!raw) return null;
      const unsigned = req.unsignCookie(raw);
      return unsigned.valid && unsigned.value ? bySession(unsigned.value) : null;
    },
  };
}
