import { describe, expect, it } from 'vitest';
import {
  amountTexts,
  bylineOf,
  consumedText,
  goodreadsCounts,
  namesOf,
  namesText,
  opmlCounts,
  ratingStars,
  ratingText,
  refreshText,
} from './format.ts';

describe('how content screens write things', () => {
  it('writes pages and minutes with their units, and nothing for what is unknown', () => {
    expect(amountTexts({ pages: 688, minutes: null })).toEqual(['688 pages']);
    expect(amountTexts({ pages: null, minutes: 63 })).toEqual(['63 minutes']);
    expect(amountTexts({ pages: 1, minutes: 1 })).toEqual(['1 page', '1 minute']);
    expect(amountTexts({ pages: null, minutes: null })).toEqual([]);
  });

  it('writes a rating as words and as five stars', () => {
    expect(ratingText(4)).toBe('4 of 5');
    expect(ratingStars(4)).toBe('★★★★☆');
    expect(ratingStars(1)).toBe('★☆☆☆☆');
    expect(ratingStars(5)).toBe('★★★★★');
  });

  it('says when an entry was finished or given up on, by its status', () => {
    const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date('2026-03-12T00:00:00Z'),
    );
    expect(consumedText({ status: 'done', consumedOn: '2026-03-12' })).toBe(`Finished ${date}`);
    expect(consumedText({ status: 'abandoned', consumedOn: '2026-03-12' })).toBe(`Stopped ${date}`);
    expect(consumedText({ status: 'in_progress', consumedOn: '2026-03-12' })).toBe(`Dated ${date}`);
    expect(consumedText({ status: 'queued', consumedOn: null })).toBeNull();
  });

  it('writes the author and the source on one line', () => {
    expect(bylineOf({ author: 'Brandon Sanderson', source: 'Goodreads' })).toBe(
      'by Brandon Sanderson · Goodreads',
    );
    expect(bylineOf({ author: null, source: 'The Show' })).toBe('The Show');
    expect(bylineOf({ author: null, source: null })).toBeNull();
  });

  it('reads names separated by commas or lines, each once, in the order typed', () => {
    expect(namesOf('Ada Lovelace, Grace  Hopper\n ada lovelace ,, \n')).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
    ]);
    expect(namesOf('  ')).toEqual([]);
    expect(namesText(['Ada', 'Grace'])).toBe('Ada, Grace');
    expect(namesOf(namesText(['Ada', 'Grace']))).toEqual(['Ada', 'Grace']);
  });

  it('says what a refresh found', () => {
    expect(refreshText({ notModified: false, added: [{}] })).toBe('1 new item, now in your inbox.');
    expect(refreshText({ notModified: false, added: [{}, {}, {}] })).toBe('3 new items, now in your inbox.');
    expect(refreshText({ notModified: true, added: [] })).toMatch(/^No change/);
    expect(refreshText({ notModified: false, added: [] })).toMatch(/^No change/);
  });

  it('labels the counts of the imports, skipped rows counted', () => {
    expect(opmlCounts({ added: 59, existing: 1, invalid: 2, overLimit: 0 })).toEqual([
      ['Feeds added', 59],
      ['Already followed', 1],
      ['Not a feed address', 2],
      ['Over the limit', 0],
    ]);
    expect(
      goodreadsCounts({
        added: 326,
        updated: 0,
        unchanged: 0,
        skipped: [{ row: 2, reason: 'has no Book Id' }],
      }),
    ).toEqual([
      ['Books added', 326],
      ['Updated', 0],
      ['Unchanged', 0],
      ['Rows skipped', 1],
    ]);
  });
});
