// The assessments CSV file through the API, on both databases: every assessment oldest first, with
// its skill's name and its level's.
import { describe, expect, it } from 'vitest';
import { addCatalogueSkills } from '../../test/catalogue.ts';
import { createdAs, fetchCsv } from '../../test/exports.ts';
import { NOON_2027_05_15 } from '../../test/factories.ts';
import { DIALECTS, signUp, useTestApp } from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

const AT = NOON_2027_05_15;

describe.each(DIALECTS)('assessments as CSV on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(AT) });

  it('lists assessments by date, with the skill and the level by name', async () => {
    const { cookie } = await signUp(t.app);
    const [lexing, review] = await addCatalogueSkills(t, [
      { name: 'Lexer craft' },
      { name: 'Review etiquette' },
    ]);
    const assess = (skillId: string, body: Record<string, unknown>) =>
      createdAs(t.app, cookie, `/api/v1/skills/${skillId}/assessments`, body);
    // Recorded out of date order: the file is by date.
    const late = await assess(review!, { level: 2, source: 'self', date: '2027-05-01' });
    const early = await assess(lexing!, {
      level: 3,
      source: 'self',
      date: '2027-04-01',
      note: 'After the course',
    });
    const mentor = await assess(lexing!, {
      level: 4,
      source: 'mentor',
      assessor: 'Ada, my mentor',
      date: '2027-04-02',
    });

    const { headers, records } = await fetchCsv(t.app, cookie, 'assessments');
    expect(headers).toEqual([
      'id',
      'date',
      'skill id',
      'skill',
      'level',
      'level name',
      'source',
      'assessor',
      'note',
      'created at',
    ]);
    expect(records).toEqual([
      {
        id: early.id,
        date: '2027-04-01',
        'skill id': lexing,
        skill: 'Lexer craft',
        level: '3',
        // Levels 0–5: none, awareness, novice, competent, proficient, expert.
        'level name': 'competent',
        source: 'self',
        assessor: '',
        note: 'After the course',
        'created at': AT,
      },
      {
        id: mentor.id,
        date: '2027-04-02',
        'skill id': lexing,
        skill: 'Lexer craft',
        level: '4',
        'level name': 'proficient',
        source: 'mentor',
        assessor: 'Ada, my mentor',
        note: '',
        'created at': AT,
      },
      {
        id: late.id,
        date: '2027-05-01',
        'skill id': review,
        skill: 'Review etiquette',
        level: '2',
        'level name': 'novice',
        source: 'self',
        assessor: '',
        note: '',
        'created at': AT,
      },
    ]);
  });
});
