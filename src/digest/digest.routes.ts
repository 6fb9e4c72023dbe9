import type { FastifyInstance, FastifyReply } from 'fastify';
import { digestApi } from '../../shared/digest/digest.contract.ts';
import { sessionSecret } from '../accounts/instance-settings.ts';
import { UserRepository } from '../accounts/user.repository.ts';
import type { AppContext } from '../platform/app-context.ts';
import { notFound } from '../platform/http/errors.ts';
import { route } from '../platform/http/route.ts';
import { unsubscribePath, userOfToken } from './digest.token.ts';
import { confirmPage, stoppedPage } from './unsubscribe.page.ts';

// A form post or a one-click POST is a few bytes; nothing bigger is read.
const FORM_LIMIT = 4 * 1024;

/** The unsubscribe link of a digest: a page, and the POST that stops the digest. */
export function digestRoutes(app: FastifyInstance, { access, config, clock }: AppContext): void {
  // Only in this plugin: the rest of the API takes JSON alone. RFC 8058 one-click posts are
  // form-encoded (or multipart), as is the page's own button; the address alone decides what
  // happens, so a multipart body is read for its size only.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_LIMIT },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  app.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'string', bodyLimit: FORM_LIMIT },
    (_req, _body, done) => done(null, {}),
  );

  const users = new UserRepository(access.instance);
  const personOf = async (token: string) => {
    const userId = userOfToken(token, await sessionSecret(access.instance, config.sessionSecret));
    const user = userId ? await users.findById(userId) : undefined;
    if (!user) throw notFound('unsubscribe link');
    return user;
  };

  route(app, digestApi.unsubscribePage, async ({ params, reply }) => {
    const user = await personOf(params.token);
    page(reply);
    return user.digest === 'off'
      ? stoppedPage(user.email)
      : confirmPage(user.email, unsubscribePath(params.token));
  });

  route(app, digestApi.unsubscribe, async ({ params, reply }) => {
    const user = await personOf(params.token);
    if (user.digest !== 'off') {
      await users.update(user.id, { digest: 'off', updated_at: clock.now().toISOString() });
    }
    page(reply);
    return stoppedPage(user.email);
  });
}

/** A page that carries a secret in its address: not kept by caches. */
function page(reply: FastifyReply): void {
  reply.type('text/html; charset=utf-8');
  reply.header('cache-control', 'no-store');
}
