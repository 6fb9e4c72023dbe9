import type {} from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { AccountService } from './account.service.ts';

export const SESSION_COOKIE = 'trellis_session';

/** Resolves who is asking on every API request: a bearer token, else the signed session cookie. */
export function registerAuthentication(app: FastifyInstance, accounts: AccountService): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (req) => {
    req.auth = null;
    if (!req.url.startsWith('/api/')) return;
    const header = req.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      req.auth = match ? await accounts.authenticate({ bearer: match[1]! }) : null;
      return;
    }
    const raw = req.cookies[SESSION_COOKIE];
    if (!raw) return;
    const unsigned = req.unsignCookie(raw);
    if (unsigned.valid && unsigned.value) req.auth = await accounts.authenticate({ session: unsigned.value });
  });
}
