import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../platform/app-context.ts';
import { route } from '../platform/http/route.ts';
import { accountApi, instanceApi } from './account.contract.ts';
import { presentToken, presentUser } from './account.presenter.ts';
import { SESSION_COOKIE } from './authenticate.ts';
import { TokenService } from './token.service.ts';

export function accountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { accounts } = ctx;

  const isHttps = (req: FastifyRequest) =>
    req.protocol === 'https' || ctx.config.publicOrigin?.startsWith('https:') === true;
  const setSessionCookie = (req: FastifyRequest, reply: FastifyReply, token: string, expires: Date) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: isHttps(req),
      signed: true,
      expires,
    });

  route(app, instanceApi.info, async () => ({
    openRegistration: ctx.config.openRegistration,
    hasUsers: await accounts.hasUsers(),
    version: ctx.version,
  }));

  route(app, accountApi.register, async ({ body, auth, req, reply }) => {
    const user = await accounts.register(body, auth);
    // An admin creating someone else's account stays signed in as themselves.
    if (auth?.user.role !== 'admin') {
      if (auth?.sessionId) await accounts.endSession(auth.sessionId);
      const session = await accounts.startSession(user.id, req.headers['user-agent'] ?? null);
      setSessionCookie(req, reply, session.token, session.expiresAt);
    }
    return { user: presentUser(user) };
  });

  route(app, accountApi.login, async ({ body, req, reply }) => {
    const user = await accounts.login(body.email, body.password, req.ip);
    const session = await accounts.startSession(user.id, req.headers['user-agent'] ?? null);
    setSessionCookie(req, reply, session.token, session.expiresAt);
    return { user: presentUser(user) };
  });

  route(app, accountApi.logout, async ({ auth, reply }) => {
    if (auth?.sessionId) await accounts.endSession(auth.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return undefined;
  });

  route(app, accountApi.me, async ({ auth }) => ({ user: presentUser(auth.user) }));

  route(app, accountApi.updateMe, async ({ auth, body }) => ({
    user: presentUser(await accounts.updateProfile(auth.user.id, body)),
  }));

  route(app, accountApi.changePassword, async ({ auth, body, req }) => {
    await accounts.changePassword(auth, body.currentPassword, body.newPassword, req.ip);
    return undefined;
  });

  route(app, accountApi.deleteMe, async ({ auth, body, req, reply }) => {
    await accounts.deleteAccount(auth, body.password, req.ip);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return undefined;
  });

  route(app, accountApi.createToken, async ({ auth, body }) =>
    new TokenService(auth.scope, ctx.clock).create(body.name),
  );

  route(app, accountApi.listTokens, async ({ auth }) => ({
    items: (await new TokenService(auth.scope, ctx.clock).list()).map(presentToken),
  }));

  route(app, accountApi.revokeToken, async ({ auth, params }) => {
    await new TokenService(auth.scope, ctx.clock).revoke(params.id);
    return undefined;
  });
}
