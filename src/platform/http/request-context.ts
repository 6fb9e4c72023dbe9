import { todayIn } from '../../../shared/calendar.ts';
import type { Access, OwnerScope } from '../access/access.ts';
import type { Actor } from '../access/actor.ts';
import type { Clock } from '../clock.ts';

/** Everything a request's services need about who is asking: built once, at authentication. */
export interface RequestContext {
  actor: Actor;
  /** Every query for the person's own data goes through this scope. */
  scope: OwnerScope;
  access: Access;
  timeZone: string;
  now(): Date;
  /** Today's date where the person lives (worked out once per request). */
  today(): string;
}

export function requestContext(actor: Actor, access: Access, clock: Clock): RequestContext {
  let today: string | undefined;
  return {
    actor,
    scope: access.scopeFor(actor),
    access,
    timeZone: actor.timeZone,
    now: () => clock.now(),
    today() {
      today ??= todayIn(actor.timeZone, clock.now());
      return today;
    },
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking, set before any handler runs; null when no valid credentials came. */
    ctx: RequestContext | null;
  }
}
