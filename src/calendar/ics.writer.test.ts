// The iCalendar the feed is written as: what ical.js (the parser calendar apps' own libraries
// resemble most) reads back, and the shape of the text itself (CRLF, lines of at most 75 octets).
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type CalendarEvent, writeCalendar } from './ics.writer.ts';

const STAMP = new Date('2027-05-15T12:00:00.000Z');

const parse = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => ({
    uid: c.getFirstPropertyValue('uid'),
    summary: c.getFirstPropertyValue('summary'),
    start: String(c.getFirstPropertyValue('dtstart')),
    end: c.hasProperty('dtend') ? String(c.getFirstPropertyValue('dtend')) : null,
    description: c.getFirstPropertyValue('description'),
    url: c.getFirstPropertyValue('url'),
    stamp: String(c.getFirstPropertyValue('dtstamp')),
  }));

describe('the calendar feed as iCalendar', () => {
  it('writes an all-day event as a date, ending (exclusively) on the next day', () => {
    const text = writeCalendar(
      [
        {
          uid: 'goal-1-due@trellis',
          summary: 'Due: Run a 10k',
          when: { date: '2027-12-31' },
          description: 'Open in Trellis: https://t.example/goals/1',
          url: 'https://t.example/goals/1',
        },
      ],
      { name: 'Trellis', stamp: STAMP },
    );
    // The year's last day ends at the start of the next year's first.
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20271231\r\n');
    expect(text).toContain('\r\nDTEND;VALUE=DATE:20280101\r\n');
    expect(text).toContain('\r\nDTSTAMP:20270515T120000Z\r\n');
    expect(parse(text)).toEqual([
      {
        uid: 'goal-1-due@trellis',
        summary: 'Due: Run a 10k',
        start: '2027-12-31',
        end: '2028-01-01',
        description: 'Open in Trellis: https://t.example/goals/1',
        url: 'https://t.example/goals/1',
        stamp: '2027-05-15T12:00:00Z',
      },
    ]);
  });

  it('writes a timed event in UTC, from its start for its minutes', () => {
    const event: CalendarEvent = {
      uid: 'timed@trellis',
      summary: 'Timed',
      when: { start: new Date('2027-05-20T09:30:00.000Z'), minutes: 45 },
    };
    const text = writeCalendar([event], { name: 'Trellis', stamp: STAMP });
    // 09:30 + 45 minutes = 10:15.
    expect(text).toContain('\r\nDTSTART:20270520T093000Z\r\n');
    expect(text).toContain('\r\nDTEND:20270520T101500Z\r\n');
    expect(parse(text)[0]).toMatchObject({ start: '2027-05-20T09:30:00Z', end: '2027-05-20T10:15:00Z' });
  });

  it('leaves DTEND out on the calendar’s last day, which has no next day', () => {
    const text = writeCalendar([{ uid: 'last@trellis', summary: 'Last', when: { date: '9999-12-31' } }], {
      name: 'Trellis',
      stamp: STAMP,
    });
    expect(parse(text)[0]).toMatchObject({ start: '9999-12-31', end: null });
  });

  it('names the calendar and the product, and ends every line with CRLF', () => {
    const text = writeCalendar([], { name: 'Trellis', stamp: STAMP });
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'PRODID:-//Trellis//Calendar feed//EN',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Trellis',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('escapes text and folds long lines to 75 octets, which ical.js reads back whole', () => {
    // Commas, semicolons, a backslash and line breaks are escaped; the 4-octet emoji and 2-octet
    // letters are never split across a fold.
    const summary = `Due: Ångström; “review”, part 2 \\ of ${'the long talk 😀 '.repeat(8)}`.trim();
    const description = 'Line one\nLine two, with; punctuation\n\nOpen in Trellis: https://t.example/x';
    const text = writeCalendar(
      [{ uid: 'long@trellis', summary, when: { date: '2027-06-01' }, description }],
      {
        name: 'Trellis',
        stamp: STAMP,
      },
    );
    expect(text).not.toMatch(/[^\r]\n/);
    const lines = text.split('\r\n');
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(1);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(parse(text)[0]).toMatchObject({ summary, description });
  });
});
