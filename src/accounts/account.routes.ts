import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { accountApi, instanceApi } from '../../shared/accounts/account.contract.ts';
import type { AppContext } from '../platform/app-context.ts';
import { route } from '../platform/http/route.ts';
import { presentToken, presentUser } from './account.presenter.ts';
import { AccountService } from './account.service.ts';
import { SESSION_COOKIE } from './authenticate.ts';
import { TokenService } from './token.service.ts';

export function accountRoutes(app: FastifyInstance, appCtx: AppContext): void {
  const { config } = appCtx;
  const accounts = new AccountService(appCtx.access, appCtx.clock, config.openRegistration);

  const isHttps = (req: FastifyRequest) =>
    req.protocol === 'https' || config.publicOrigin?.startsWith('https:') === true;
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
    openRegistration: config.openRegistration,
    hasUsers: await accounts.hasUsers(),
    version: appCtx.version,
    mail: appCtx.mailer !== null,
  }));

  route(app, accountApi.register, async ({ body, ctx, req, reply }) => {
    const user = await accounts.register(body, ctx?.actor ?? null);
    // An admin creating someone else's account stays signed in as themselves.
    if (ctx?.actor.role !== 'admin') {
      if (ctx) await accounts.endSession(ctx.actor);
      const session = await accounts.startSession(user, req.headers['user-agent'] ?? null);
      setSessionCookie(req, reply, session.token, session.expiresAt);
    }
    return { user: presentUser(user) };
  });

  route(app, accountApi.login, async ({ body, req, reply }) => {
    const user = await accounts.login(body.email, body.password, req.ip);
    const session = await accounts.startSession(user, req.headers['user-agent'] ?? null);
    setSessionCookie(req, reply, session.token, session.expiresAt);
    return { user: presentUser(user) };
  });

  route(app, accountApi.logout, async ({ ctx, reply }) => {
    if (ctx) await accounts.endSession(ctx.actor);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return undefined;
  });

  route(app, accountApi.me, async ({ ctx }) => ({ user: presentUser(ctx.actor) }));

  route(app, accountApi.updateMe, async ({ ctx, body }) => ({
    user: presentUser(await accounts.updateProfile(ctx.actor, body)),
  }));

  route(app, accountApi.changePassword, async ({ ctx, body, req }) => {
    await accounts.changePassword(ctx.actor, body, req.ip);
    return undefined;
  });

  route(app, accountApi.deleteMe, async ({ ctx, body, req, reply }) => {
    await accounts.deleteAccount(ctx.actor, body.password, req.ip);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return undefined;
  });

  route(app, accountApi.createToken, async ({ ctx, body }) => new TokenService(ctx).create(body.name));

  route(app, accountApi.listTokens, async ({ ctx }) => ({
    items: (await new TokenService(ctx).list()).map(presentToken),
  }));

  route(app, accountApi.revokeToken, async ({ ctx, params }) => {
    await new TokenService(ctx).revoke(params.id);
    return undefined;
  });
}
