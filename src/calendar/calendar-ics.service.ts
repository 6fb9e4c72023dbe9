import { FEED_DAYS_BACK } from '../../shared/calendar/calendar.schema.ts';
import { addDays } from '../../shared/calendar.ts';
import { actorOf } from '../accounts/account.service.ts';
import { UserRepository } from '../accounts/user.repository.ts';
import type { Access } from '../platform/access/access.ts';
import type { Clock } from '../platform/clock.ts';
import { notFound } from '../platform/http/errors.ts';
import { requestContext } from '../platform/http/request-context.ts';
import type { FeedRequest } from './calendar.event.ts';
import { mentoringEvents } from './calendar.mentoring.ts';
import { credentialEvents, goalEvents, networkEvents } from './calendar.sources.ts';
import { feedTokenHash } from './calendar-feed.token.ts';
import { type CalendarEvent, writeCalendar } from './ics.writer.ts';

const SOURCES = [goalEvents, credentialEvents, networkEvents, mentoringEvents];

/**
 * The feed a calendar app fetches, without an account: its token finds the person, and her items
 * are read through her own scope, from a year before her today (in her time zone) onwards.
 */
export class CalendarIcsService {
  private readonly users: UserRepository;

  constructor(
    private readonly access: Access,
    private readonly clock: Clock,
  ) {
    this.users = new UserRepository(access.instance);
  }

  /** The iCalendar text of the feed `token` opens, its links made against `origin`; else 404. */
  async write(token: string, origin: string): Promise<string> {
    const hash = feedTokenHash(token);
    const feed =
      hash === null ? undefined : await this.access.instance.findCredential('calendar_feeds', hash);
    const owner = feed && (await this.users.findById(feed.owner_id));
    if (!feed || !owner) throw notFound('calendar feed');
    const ctx = requestContext(actorOf(owner, 'console', null), this.access, this.clock);
    const request: FeedRequest = { ctx, from: addDays(ctx.today(), -FEED_DAYS_BACK), origin };
    const events = (await Promise.all(SOURCES.map((source) => source(request)))).flat();
    return writeCalendar(events.sort(byTime), { name: 'Trellis', stamp: ctx.now() });
  }
}

/** By when they start, then by UID: the same feed for the same data. */
function byTime(a: CalendarEvent, b: CalendarEvent): number {
  const key = (e: CalendarEvent) => ('date' in e.when ? e.when.date : e.when.start.toISOString());
  const [x, y] = [key(a), key(b)];
  return x < y ? -1 : x > y ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0;
}
