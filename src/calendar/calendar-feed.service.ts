import type { CalendarFeedStatus } from '../../shared/calendar/calendar.schema.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { CalendarFeedRepository } from './calendar-feed.repository.ts';
import { newFeedToken } from './calendar-feed.token.ts';

/** A person's own calendar feed: make (or remake) it, ask about it, stop it. */
export class CalendarFeedService {
  constructor(private readonly ctx: RequestContext) {}

  async status(): Promise<CalendarFeedStatus> {
    const feed = await new CalendarFeedRepository(this.ctx.scope).find();
    return { active: feed !== undefined, createdAt: feed?.created_at ?? null };
  }

  /**
   * A new feed in place of the old one, whose address stops working; answers the new token, the
   * only time it is ever seen. Under the owner's lock, so two at once leave exactly one feed.
   */
  async create(): Promise<string> {
    const { token, hash } = newFeedToken();
    const at = this.ctx.now().toISOString();
    await this.ctx.scope.serialized((scope) => new CalendarFeedRepository(scope).replace(hash, at));
    return token;
  }

  /** Stops the feed; stopping one there is not leaves none, as asked. */
  async revoke(): Promise<void> {
    await new CalendarFeedRepository(this.ctx.scope).delete();
  }
}
