// The JSON Resume through the API, on both databases: valid against the official schema package,
// and each section worked out by hand from what the person entered.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { addCatalogueSkills } from '../../test/catalogue.ts';
import { createdAs } from '../../test/exports.ts';
import { NOON_2027_05_15 } from '../../test/factories.ts';
import { bodyOf, call, DIALECTS, signUp, useTestApp } from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

// The package is CommonJS without types: its one function, as its README describes it.
const resumeSchema = createRequire(import.meta.url)('@jsonresume/schema') as {
  validate(resume: unknown, callback: (errors: unknown[] | null, valid: boolean) => void): void;
};

/** The schema's complaints about `resume`; none when it is valid. */
function schemaErrors(resume: unknown): unknown[] {
  let found: unknown[] = [];
  resumeSchema.validate(resume, (errors) => {
    found = errors ?? [];
  });
  return found;
}

const SCHEMA = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

describe.each(DIALECTS)('the JSON Resume on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const resumeOf = async (cookie: string) => {
    const res = await call(t.app, { url: '/api/v1/export/resume.json', cookie });
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="trellis-resume.json"');
    return bodyOf(res, 200, 'resume');
  };

  it('answers a new person’s name and e-mail, and empty sections', async () => {
    const { cookie } = await signUp(t.app, { name: 'Bo Ek', email: `bo-${dialect}@example.com` });
    const resume = await resumeOf(cookie);
    // The validator does refuse what breaks the standard: a date it cannot read, a null.
    expect(schemaErrors({ ...resume, certificates: [{ name: 'X', date: 'May 2027' }] })).not.toEqual([]);
    expect(schemaErrors({ ...resume, education: [{ area: 'X', institution: null }] })).not.toEqual([]);
    expect(schemaErrors(resume)).toEqual([]);
    expect(resume).toEqual({
      $schema: SCHEMA,
      basics: { name: 'Bo Ek', email: `bo-${dialect}@example.com` },
      skills: [],
      certificates: [],
      education: [],
      projects: [],
    });
  });

  it('holds her self-assessed skills, credentials, degrees and practice with evidence', async () => {
    const email = `ada-${dialect}@example.com`;
    const { cookie } = await signUp(t.app, { name: 'Ada Lovelace', email });
    const [lexing, review, peerOnly] = await addCatalogueSkills(t, [
      { name: 'Lexer craft', aliases: ['Lexers', 'Tokenising'] },
      { name: 'Review etiquette' },
      { name: 'Seen by peers' },
    ]);
    const post = (url: string, body: unknown) => createdAs(t.app, cookie, url, body);
    const assess = (skillId: string | undefined, body: Record<string, unknown>) =>
      post(`/api/v1/skills/${skillId}/assessments`, body);
    await assess(lexing, { level: 3, source: 'self', date: '2027-04-01' });
    await assess(lexing, { level: 5, source: 'mentor', assessor: 'Ada', date: '2027-04-02' });
    await assess(lexing, { level: 4, source: 'self', date: '2027-05-02' });
    await assess(review, { level: 2, source: 'self', date: '2027-05-01' });
    await assess(peerOnly, { level: 3, source: 'peer', date: '2027-05-01' });

    const certification = { kind: 'certification', status: 'completed' };
    await post('/api/v1/learning', {
      ...certification,
      title: 'Old cert',
      status: 'dropped',
      credential: { issuedOn: '2026-06-01' },
    });
    await post('/api/v1/learning', {
      ...certification,
      title: 'AWS Solutions Architect',
      provider: 'Amazon',
      credential: { identifier: 'AWS-1', url: 'https://verify.example/aws-1', issuedOn: '2027-03-05' },
    });
    const degree = { kind: 'degree' };
    await post('/api/v1/learning', {
      ...degree,
      title: 'Mathematics',
      provider: 'ETH Zürich',
      status: 'completed',
      startDate: '2019-09-01',
      endDate: '2022-06-30',
    });
    await post('/api/v1/learning', {
      ...degree,
      title: 'Computer Science',
      provider: 'Open University',
      status: 'in_progress',
      startDate: '2025-09-01',
    });
    await post('/api/v1/learning', { ...degree, title: 'Planned MBA', status: 'planned' });
    await post('/api/v1/learning', { ...degree, title: 'Dropped PhD', status: 'dropped' });
    await post('/api/v1/learning', {
      kind: 'course',
      title: 'A course',
      provider: 'Coursera',
      status: 'completed',
    });

    const practice = (date: string, title: string, more: Record<string, unknown>) =>
      post('/api/v1/practice', { date, minutes: 30, title, skillIds: [lexing], ...more });
    await practice('2027-05-01', 'Lexer rewrite', {
      description: 'Wrote the lexer',
      evidenceUrl: 'https://git.example/pr/1',
    });
    await practice('2027-05-02', 'Kata', {});
    await practice('2027-05-03', 'Talk demo', { evidenceUrl: 'https://talks.example/demo' });

    const resume = await resumeOf(cookie);
    expect(schemaErrors(resume)).toEqual([]);
    expect(resume).toEqual({
      $schema: SCHEMA,
      basics: { name: 'Ada Lovelace', email },
      // By name; each at her latest self-assessed level (the mentor's 5 is not hers): Lexer craft
      // 3 then 4 → 4 proficient; Review etiquette 2 → novice. Seen by peers has no self-assessment.
      skills: [
        { name: 'Lexer craft', level: 'proficient', keywords: ['Lexers', 'Tokenising'] },
        { name: 'Review etiquette', level: 'novice', keywords: [] },
      ],
      // Newest issued first; the dropped one's credential was still issued. Missing fields are
      // left out, as the standard has no nulls.
      certificates: [
        {
          name: 'AWS Solutions Architect',
          issuer: 'Amazon',
          date: '2027-03-05',
          url: 'https://verify.example/aws-1',
        },
        { name: 'Old cert', date: '2026-06-01' },
      ],
      // Degrees studied or completed, the latest started first; planned and dropped ones are not.
      education: [
        { institution: 'Open University', area: 'Computer Science', startDate: '2025-09-01' },
        { institution: 'ETH Zürich', area: 'Mathematics', startDate: '2019-09-01', endDate: '2022-06-30' },
      ],
      // Practice with evidence, newest first; the kata has none.
      projects: [
        { name: 'Talk demo', url: 'https://talks.example/demo', startDate: '2027-05-03' },
        {
          name: 'Lexer rewrite',
          description: 'Wrote the lexer',
          url: 'https://git.example/pr/1',
          startDate: '2027-05-01',
        },
      ],
    });
  });
});
