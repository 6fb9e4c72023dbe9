// The learning, learning log, practice and content CSV files through the API, on both databases:
// every column of hand-made entries, in each log's own order, skills by name.
import { describe, expect, it } from 'vitest';
import { addCatalogueSkills } from '../../test/catalogue.ts';
import { createdAs, fetchCsv } from '../../test/exports.ts';
import { NOON_2027_05_15 } from '../../test/factories.ts';
import { DIALECTS, signUp, useTestApp } from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

const AT = NOON_2027_05_15;

describe.each(DIALECTS)('learning, practice and content as CSV on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(AT) });

  it('lists activities newest first with credentials and hours spent, and the time log oldest first', async () => {
    const { cookie } = await signUp(t.app);
    const [cloud] = await addCatalogueSkills(t, [{ name: 'Cloud drafting' }]);
    const cert = await createdAs(t.app, cookie, '/api/v1/learning', {
      kind: 'certification',
      title: 'AWS Solutions Architect',
      provider: 'Amazon',
      url: 'https://aws.example/cert',
      format: 'online',
      status: 'completed',
      startDate: '2027-01-10',
      endDate: '2027-03-01',
      hoursPlanned: 40,
      cost: { amount: 150, currency: 'usd' },
      skillIds: [cloud],
      credential: {
        identifier: 'AWS-123',
        url: 'https://verify.example/aws-123',
        issuedOn: '2027-03-05',
        expiresOn: '2030-03-05',
      },
    });
    const first = await createdAs(t.app, cookie, `/api/v1/learning/${cert.id}/log`, {
      date: '2027-02-01',
      minutes: 90,
      note: 'Module 1',
    });
    const second = await createdAs(t.app, cookie, `/api/v1/learning/${cert.id}/log`, {
      date: '2027-02-03',
      minutes: 45,
      note: '=2+2',
    });
    const book = await createdAs(t.app, cookie, '/api/v1/learning', {
      kind: 'book',
      title: 'Designing Data-Intensive Applications',
    });

    const learning = await fetchCsv(t.app, cookie, 'learning');
    expect(learning.records).toEqual([
      {
        id: book.id,
        kind: 'book',
        title: 'Designing Data-Intensive Applications',
        provider: '',
        url: '',
        format: '',
        // Planned unless told.
        status: 'planned',
        'start date': '',
        'end date': '',
        'hours planned': '',
        'hours spent': '0',
        cost: '',
        currency: '',
        skills: '',
        'goal id': '',
        'credential id': '',
        'credential url': '',
        'issued on': '',
        'expires on': '',
        'created at': AT,
        'updated at': AT,
      },
      {
        id: cert.id,
        kind: 'certification',
        title: 'AWS Solutions Architect',
        provider: 'Amazon',
        url: 'https://aws.example/cert',
        format: 'online',
        status: 'completed',
        'start date': '2027-01-10',
        'end date': '2027-03-01',
        'hours planned': '40',
        // 90 + 45 = 135 minutes = 2.25 hours.
        'hours spent': '2.25',
        cost: '150',
        // Stored in upper case.
        currency: 'USD',
        skills: 'Cloud drafting',
        'goal id': '',
        'credential id': 'AWS-123',
        'credential url': 'https://verify.example/aws-123',
        'issued on': '2027-03-05',
        'expires on': '2030-03-05',
        'created at': AT,
        'updated at': AT,
      },
    ]);

    const log = await fetchCsv(t.app, cookie, 'learning-log');
    expect(log.records).toEqual([
      {
        id: first.id,
        'activity id': cert.id,
        activity: 'AWS Solutions Architect',
        date: '2027-02-01',
        minutes: '90',
        note: 'Module 1',
        'created at': AT,
        'updated at': AT,
      },
      {
        id: second.id,
        'activity id': cert.id,
        activity: 'AWS Solutions Architect',
        date: '2027-02-03',
        minutes: '45',
        note: "'=2+2",
        'created at': AT,
        'updated at': AT,
      },
    ]);
  });

  it('lists practice entries newest first, their skills by name in the order given', async () => {
    const { cookie } = await signUp(t.app);
    const [parsing, review] = await addCatalogueSkills(t, [
      { name: 'Lexer craft' },
      { name: 'Review etiquette' },
    ]);
    const pairing = await createdAs(t.app, cookie, '/api/v1/practice', {
      date: '2027-05-01',
      minutes: 60,
      title: 'Pair on the parser',
      skillIds: [parsing, review],
      description: 'Wrote the lexer',
      reflection: 'Tests first',
      outcome: 'Merged',
      evidenceUrl: 'https://git.example/pr/1',
    });
    const plusOne = await createdAs(t.app, cookie, '/api/v1/practice', {
      date: '2027-05-10',
      minutes: 30,
      title: '+1 on a review',
      skillIds: [review],
    });

    const { headers, records } = await fetchCsv(t.app, cookie, 'practice');
    expect(headers).toEqual([
      'id',
      'date',
      'minutes',
      'title',
      'skills',
      'description',
      'reflection',
      'outcome',
      'evidence url',
      'goal id',
      'created at',
      'updated at',
    ]);
    expect(records).toEqual([
      {
        id: plusOne.id,
        date: '2027-05-10',
        minutes: '30',
        title: "'+1 on a review",
        skills: 'Review etiquette',
        description: '',
        reflection: '',
        outcome: '',
        'evidence url': '',
        'goal id': '',
        'created at': AT,
        'updated at': AT,
      },
      {
        id: pairing.id,
        date: '2027-05-01',
        minutes: '60',
        title: 'Pair on the parser',
        skills: 'Lexer craft; Review etiquette',
        description: 'Wrote the lexer',
        reflection: 'Tests first',
        outcome: 'Merged',
        'evidence url': 'https://git.example/pr/1',
        'goal id': '',
        'created at': AT,
        'updated at': AT,
      },
    ]);
  });

  it('lists content in the log’s order: the queue before what is done', async () => {
    const { cookie } = await signUp(t.app);
    const [design] = await addCatalogueSkills(t, [{ name: 'Refactoring sense' }]);
    const refactoring = await createdAs(t.app, cookie, '/api/v1/content', {
      kind: 'book',
      title: 'Refactoring',
      author: 'Martin Fowler',
      isbn: '978-0-13-475759-9',
      status: 'done',
      consumedOn: '2027-04-01',
      pages: 448,
      rating: 5,
      takeaways: 'Small steps',
      skillIds: [design],
      discussedWith: ['Ada', 'Bo'],
    });
    const queued = await createdAs(t.app, cookie, '/api/v1/content', {
      kind: 'article',
      title: 'A queued read',
      url: 'https://blog.example/a',
      status: 'queued',
    });

    const { records } = await fetchCsv(t.app, cookie, 'content');
    const none = { author: '', isbn: '', source: '', minutes: '', pages: '', rating: '', takeaways: '' };
    expect(records).toEqual([
      {
        ...none,
        id: queued.id,
        kind: 'article',
        title: 'A queued read',
        url: 'https://blog.example/a',
        status: 'queued',
        'consumed on': '',
        skills: '',
        'discussed with': '',
        'created at': AT,
        'updated at': AT,
      },
      {
        id: refactoring.id,
        kind: 'book',
        title: 'Refactoring',
        author: 'Martin Fowler',
        url: '',
        // Kept without its hyphens.
        isbn: '9780134757599',
        source: '',
        status: 'done',
        'consumed on': '2027-04-01',
        minutes: '',
        pages: '448',
        rating: '5',
        takeaways: 'Small steps',
        skills: 'Refactoring sense',
        'discussed with': 'Ada; Bo',
        'created at': AT,
        'updated at': AT,
      },
    ]);
  });
});
