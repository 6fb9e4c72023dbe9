import type { Content } from '@shared/content/content.schema.ts';
import { describe, expect, it } from 'vitest';
import { contentInput, contentValues, newContentValues, wholeNumberOf } from './contentFormValues.ts';

const BOOK: Content = {
  id: 'c1',
  kind: 'book',
  title: 'Warbreaker',
  url: null,
  author: 'Brandon Sanderson',
  isbn: '9780765360038',
  source: 'Goodreads',
  status: 'done',
  consumedOn: '2026-03-12',
  minutes: null,
  pages: 688,
  rating: 4,
  takeaways: 'Colour is breath.',
  skillIds: ['s1', 's2'],
  discussedWith: ['Ada', 'Grace'],
  feedItemId: null,
  goodreadsBookId: '1268479',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-12T10:00:00.000Z',
};
const SKILLS = [
  { id: 's1', name: 'Writing', kind: 'soft' as const, category: 'Communication' },
  { id: 's2', name: 'Storytelling', kind: 'soft' as const, category: 'Communication' },
];

describe('the content form', () => {
  it('starts a new entry as a queued article, dated today only when it is done', () => {
    expect(newContentValues()).toMatchObject({ kind: 'article', status: 'queued', consumedOn: '' });
    expect(newContentValues('done', 'book', '2026-03-12')).toMatchObject({
      kind: 'book',
      status: 'done',
      consumedOn: '2026-03-12',
    });
  });

  it('shows an entry and makes the same entry again from it', () => {
    const values = contentValues(BOOK, SKILLS);
    expect(values).toMatchObject({ pages: '688', minutes: '', rating: '4', discussedWith: 'Ada, Grace' });
    expect(contentInput(values)).toEqual({
      kind: 'book',
      status: 'done',
      title: 'Warbreaker',
      url: null,
      author: 'Brandon Sanderson',
      source: 'Goodreads',
      isbn: '9780765360038',
      consumedOn: '2026-03-12',
      minutes: null,
      pages: 688,
      rating: 4,
      takeaways: 'Colour is breath.',
      skillIds: ['s1', 's2'],
      discussedWith: ['Ada', 'Grace'],
    });
  });

  it('sends emptied fields as null, so that a change clears them', () => {
    const values = {
      ...contentValues(BOOK, []),
      author: '  ',
      isbn: '',
      rating: '',
      takeaways: '\n \n',
      discussedWith: ' , ',
    };
    expect(contentInput(values)).toMatchObject({
      author: null,
      isbn: null,
      rating: null,
      takeaways: null,
      skillIds: [],
      discussedWith: [],
    });
  });

  it('keeps the lines of the takeaways, without blank ends', () => {
    const values = { ...contentValues(BOOK, []), takeaways: '\n- one\n- two  \n\n' };
    expect(contentInput(values).takeaways).toBe('- one\n- two');
  });

  it('reads whole numbers as typed, leaving anything else for the schema to refuse', () => {
    expect(wholeNumberOf('')).toBeNull();
    expect(wholeNumberOf(' 90 ')).toBe(90);
    expect(wholeNumberOf('1,200')).toBe(1200);
    expect(wholeNumberOf('1 200')).toBe(1200);
    expect(wholeNumberOf('1.5')).toBe(1.5);
    expect(wholeNumberOf('abc')).toBeNaN();
    expect(wholeNumberOf('12,5')).toBeNaN();
  });
});
