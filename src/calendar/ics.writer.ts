// The feed as iCalendar (RFC 5545), written by ical.js: it escapes text, names each value's type
// (VALUE=DATE for all-day events) and folds long lines with CRLF, as calendar apps expect.
import ICAL from 'ical.js';
import { addDays } from '../../shared/calendar.ts';
import { LAST_DATE } from '../../shared/http/common.schema.ts';

/** When an event happens: all day on a date, or from an instant (UTC) for some minutes. */
export type EventTime = { date: string } | { start: Date; minutes: number };

/** One event of the feed. */
export interface CalendarEvent {
  /** The same for the same thing on every fetch, so calendar apps update it in place. */
  uid: string;
  summary: string;
  when: EventTime;
  description?: string;
  /** The item in the web app. */
  url?: string;
}

export interface CalendarHeader {
  /** What calendar apps call the subscription. */
  name: string;
  /** When the feed was written: every event's DTSTAMP. */
  stamp: Date;
}

const PRODUCT = '-//Trellis//Calendar feed//EN';

/** The events as one VCALENDAR, in the order given. */
export function writeCalendar(events: readonly CalendarEvent[], header: CalendarHeader): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODUCT);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  // Not in RFC 5545, but what Apple, Google and Outlook show as a subscription's name.
  calendar.addPropertyWithValue('x-wr-calname', header.name);
  const stamp = ICAL.Time.fromJSDate(header.stamp, true);
  for (const event of events) calendar.addSubcomponent(vevent(event, stamp));
  return `${folded(calendar)}\r\n`;
}

function vevent(e: CalendarEvent, stamp: ICAL.Time): ICAL.Component {
  const component = new ICAL.Component('vevent');
  const event = new ICAL.Event(component);
  event.uid = e.uid;
  component.addPropertyWithValue('dtstamp', stamp);
  event.summary = e.summary;
  if ('date' in e.when) {
    event.startDate = ICAL.Time.fromDateString(e.when.date);
    // DTEND is exclusive: the next day. On the calendar's last day there is no next one, and an
    // all-day event without DTEND lasts that one day anyway (RFC 5545, 3.6.1).
    if (e.when.date < LAST_DATE) event.endDate = ICAL.Time.fromDateString(addDays(e.when.date, 1));
  } else {
    event.startDate = ICAL.Time.fromJSDate(e.when.start, true);
    event.endDate = ICAL.Time.fromJSDate(new Date(e.when.start.getTime() + e.when.minutes * 60_000), true);
  }
  if (e.description !== undefined) event.description = e.description;
  if (e.url !== undefined) component.addPropertyWithValue('url', e.url);
  return component;
}

/**
 * The text, folded within RFC 5545's 75 octets a line. ical.js cuts `foldLength` octets and then
 * prefixes a space, so its continuation lines run one octet over: it folds at 74 here, restored at
 * once (its setting is global, and this runs without yielding). It ends the last line without a
 * line break, which RFC 5545 ends with CRLF like every other: the caller adds it.
 */
function folded(calendar: ICAL.Component): string {
  const before = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return calendar.toString();
  } finally {
    ICAL.foldLength = before;
  }
}
