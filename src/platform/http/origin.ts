import type { FastifyRequest } from 'fastify';
import { forbidden } from './errors.ts';

/** The origin the app is served from: the configured public URL, else the request's own host. */
export function expectedOrigin(req: FastifyRequest, publicOrigin: string | null): string {
  if (publicOrigin) return publicOrigin;
  // Normalised like the claimed origin, so `Host: example.com:80` matches `Origin: http://example.com`.
  const own = `${req.protocol}://${req.host}`;
  try {
    return new URL(own).origin;
  } catch {
    return own;
  }
}

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return 'invalid';
  }
}

/**
 * Cross-site request forgery guard for unsafe methods. A request authenticated by cookie must name
 * our origin in `Origin` (else `Referer`); any request that names another origin is refused, so a
 * foreign page cannot sign someone in or out either. Bearer-token requests carry no ambient
 * credentials and are not checked.
 */
export function checkOrigin(req: FastifyRequest): void {
  if (req.ctx?.actor.via === 'token') return;
  const claimed = originOf(req.headers.origin) ?? originOf(req.headers.referer);
  const publicOrigin = req.server.publicOrigin;
  if (claimed === null) {
    if (req.ctx?.actor.via === 'session') {
      throw forbidden('This request must carry an Origin or Referer header from this site.');
    }
    return;
  }
  if (claimed !== expectedOrigin(req, publicOrigin)) {
    throw forbidden('This request came from another site.');
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    publicOrigin: string | null;
  }
}
