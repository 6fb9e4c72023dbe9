// The ledger's figures and flags, worked out by hand. asOf is 2027-05-15 throughout, so:
//   the 90 days up to asOf are 2027-02-15 (asOf − 89) … 2027-05-15: May 15 back 15 days is Apr 30,
//     30 more Mar 31, 31 more Feb 28, 13 more Feb 15 (15 + 30 + 31 + 13 = 89); 2027-02-14 is out;
//   the 180 days up to asOf are 2026-11-17 (asOf − 179) … 2027-05-15: Feb 15 back 15 is Jan 31,
//     31 more Dec 31, 30 more Dec 1, 14 more Nov 17 (89 + 15 + 31 + 30 + 14 = 179); 2026-11-16 is out.
import { describe, expect, it } from 'vitest';
import {
  type LedgerInput,
  ledgerRow,
  ledgerRows,
  type SkillCredential,
  type SkillMinutes,
  windowStart,
} from './ledger.ts';

const AS_OF = '2027-05-15';
const RUST = 'skill-rust';
const CLOUD = 'skill-cloud';
const NAMES = new Map([
  [RUST, 'Rust'],
  [CLOUD, 'Cloud Architecture'],
]);

const minutes = (skillId: string, date: string, n: number): SkillMinutes => ({ skillId, date, minutes: n });
const credential = (overrides: Partial<SkillCredential>): SkillCredential => ({
  skillId: CLOUD,
  activityId: 'a1',
  title: 'AWS Solutions Architect',
  identifier: null,
  url: null,
  issuedOn: '2026-01-10',
  expiresOn: '2029-01-10',
  ...overrides,
});
const input = (overrides: Partial<LedgerInput>): LedgerInput => ({
  asOf: AS_OF,
  skills: NAMES,
  learning: [],
  practice: [],
  content: new Map(),
  credentials: [],
  ...overrides,
});
const kinds = (row: { flags: { kind: string }[] }) => row.flags.map((f) => f.kind);

describe('the windows', () => {
  it('start 89 and 179 days before asOf, both ends included', () => {
    expect(windowStart(AS_OF, 90)).toBe('2027-02-15');
    expect(windowStart(AS_OF, 180)).toBe('2026-11-17');
  });
});

describe('ledger figures', () => {
  it('adds up minutes up to asOf as hours to 2 decimals, with the latest dates', () => {
    const row = ledgerRow(
      input({
        // 90 + 100 = 190 minutes = 3.1666… hours → 3.17; the entry after asOf does not count.
        learning: [
          minutes(RUST, '2027-01-02', 90),
          minutes(RUST, '2027-05-15', 100),
          minutes(RUST, '2027-05-16', 30),
        ],
        // 45 + 45 + 20 = 110 minutes = 1.8333… → 1.83; another skill's minutes are not Rust's.
        practice: [
          minutes(RUST, '2027-03-01', 45),
          minutes(RUST, '2027-04-20', 45),
          minutes(RUST, '2027-02-01', 20),
          minutes(CLOUD, '2027-05-10', 600),
        ],
        content: new Map([[RUST, 75]]),
      }),
      RUST,
    );
    expect(row).toEqual({
      skillId: RUST,
      learningHours: 3.17,
      practiceHours: 1.83,
      contentMinutes: 75,
      credentials: [],
      lastLearnedOn: '2027-05-15',
      lastPractisedOn: '2027-04-20',
      flags: [],
    });
  });

  it('answers zeros for a skill with nothing logged', () => {
    expect(ledgerRow(input({ learning: [minutes(CLOUD, '2027-05-01', 60)] }), RUST)).toEqual({
      skillId: RUST,
      learningHours: 0,
      practiceHours: 0,
      contentMinutes: 0,
      credentials: [],
      lastLearnedOn: null,
      lastPractisedOn: null,
      flags: [],
    });
  });

  it('has a row for each seen skill with learning, practice, content or a credential up to asOf', () => {
    const rows = ledgerRows(
      input({
        skills: new Map([...NAMES, ['skill-unclocked', 'Reading aloud']]),
        learning: [minutes('skill-gone', '2027-05-01', 60), minutes(RUST, '2027-05-16', 60)],
        content: new Map([
          [RUST, 30],
          ['skill-unclocked', 0],
        ]),
        credentials: [credential({}), credential({ skillId: 'skill-later', issuedOn: '2027-05-16' })],
      }),
    );
    // Rust: content only (its learning is after asOf). Cloud: a credential. skill-unclocked: content
    // read without minutes, which is still content. A skill the person no longer sees and one whose
    // credential comes later: no row.
    expect(rows.map((r) => [r.skillId, r.learningHours, r.contentMinutes, r.credentials.length])).toEqual([
      [CLOUD, 0, 0, 1],
      [RUST, 0, 30, 0],
      ['skill-unclocked', 0, 0, 0],
    ]);
  });

  it('judges each credential at asOf: valid through its last day, expired the day after', () => {
    const row = ledgerRow(
      input({
        credentials: [
          credential({ activityId: 'a', title: 'Ends yesterday', expiresOn: '2027-05-14' }),
          credential({
            activityId: 'b',
            title: 'Ends today',
            expiresOn: '2027-05-15',
            issuedOn: '2025-05-15',
          }),
          credential({ activityId: 'c', title: 'Never ends', expiresOn: null, issuedOn: '2027-05-15' }),
          credential({ activityId: 'd', title: 'Issued tomorrow', issuedOn: '2027-05-16' }),
        ],
      }),
      CLOUD,
    );
    // The latest issued first; the one issued after asOf is left out.
    expect(row.credentials.map((c) => [c.title, c.expired])).toEqual([
      ['Never ends', false],
      ['Ends yesterday', true],
      ['Ends today', false],
    ]);
  });
});

describe('certificate_without_practice', () => {
  it('flags a credential held with no practice in the 90 days, saying so in numbers', () => {
    const never = ledgerRow(input({ credentials: [credential({})] }), CLOUD);
    expect(never.flags).toEqual([
      {
        kind: 'certificate_without_practice',
        message:
          'You hold “AWS Solutions Architect” but have not practised Cloud Architecture in the 90 days up to May 15, 2027. You have no practice of it logged.',
      },
    ]);
    // Practice on asOf − 90 is just outside the window: 90 days before.
    const outside = ledgerRow(
      input({ credentials: [credential({})], practice: [minutes(CLOUD, '2027-02-14', 30)] }),
      CLOUD,
    );
    expect(outside.flags.map((f) => f.message)).toEqual([
      'You hold “AWS Solutions Architect” but have not practised Cloud Architecture in the 90 days up to May 15, 2027. You last practised it on Feb 14, 2027, 90 days before.',
    ]);
    // Practice on asOf − 89 is inside: no flag.
    const inside = ledgerRow(
      input({ credentials: [credential({})], practice: [minutes(CLOUD, '2027-02-15', 30)] }),
      CLOUD,
    );
    expect(inside.flags).toEqual([]);
  });

  it('names every credential held, and none that has expired', () => {
    const two = ledgerRow(
      input({
        credentials: [
          credential({ title: 'CKA', issuedOn: '2026-06-01' }),
          credential({ title: 'AWS SAA', issuedOn: '2026-02-01' }),
          credential({ title: 'Old cert', expiresOn: '2027-01-01' }),
        ],
      }),
      CLOUD,
    );
    expect(two.flags.map((f) => f.message)).toEqual([
      'You hold 2 credentials in Cloud Architecture (“CKA”, “AWS SAA”) but have not practised it in the 90 days up to May 15, 2027. You have no practice of it logged.',
    ]);
    const expiredOnly = ledgerRow(input({ credentials: [credential({ expiresOn: '2027-05-14' })] }), CLOUD);
    expect(expiredOnly.flags).toEqual([]);
  });
});

describe('learning_without_practice', () => {
  it('flags 2 hours or more of learning in the 90 days with no practice in them', () => {
    // 60 + 60 = 120 minutes from asOf − 89 on: exactly 2 hours.
    const edge = ledgerRow(
      input({ learning: [minutes(RUST, '2027-02-15', 60), minutes(RUST, '2027-05-01', 60)] }),
      RUST,
    );
    expect(edge.flags).toEqual([
      {
        kind: 'learning_without_practice',
        message:
          'You spent 2 hours learning Rust in the 90 days up to May 15, 2027 and logged no practice of it: put it to use on something real.',
      },
    ]);
    // The same hour on asOf − 90 leaves 60 minutes in the window: no flag, though 2 hours in all.
    const outside = ledgerRow(
      input({ learning: [minutes(RUST, '2027-02-14', 60), minutes(RUST, '2027-05-01', 60)] }),
      RUST,
    );
    expect(outside).toMatchObject({ learningHours: 2, flags: [] });
    // 119 minutes: not yet.
    expect(ledgerRow(input({ learning: [minutes(RUST, '2027-05-01', 119)] }), RUST).flags).toEqual([]);
  });

  it('writes the hours to one decimal, and any practice in the window clears it', () => {
    // 125 minutes = 2.083… hours → "2.1 hours".
    const learning = [minutes(RUST, '2027-05-01', 125)];
    expect(ledgerRow(input({ learning }), RUST).flags[0]!.message).toContain(
      'You spent 2.1 hours learning Rust',
    );
    expect(ledgerRow(input({ learning, practice: [minutes(RUST, '2027-02-15', 15)] }), RUST).flags).toEqual(
      [],
    );
    // Practice on asOf − 90 does not clear it (and is recent enough not to be stale).
    expect(kinds(ledgerRow(input({ learning, practice: [minutes(RUST, '2027-02-14', 15)] }), RUST))).toEqual([
      'learning_without_practice',
    ]);
  });
});

describe('stale', () => {
  it('flags a skill practised before but not in the 180 days up to asOf', () => {
    // asOf − 179 is inside the window: not stale.
    expect(ledgerRow(input({ practice: [minutes(RUST, '2026-11-17', 30)] }), RUST).flags).toEqual([]);
    // asOf − 180 is outside: 180 days before.
    expect(ledgerRow(input({ practice: [minutes(RUST, '2026-11-16', 30)] }), RUST).flags).toEqual([
      {
        kind: 'stale',
        message:
          'You last practised Rust on Nov 16, 2026, 180 days before May 15, 2027: nothing in the 180 days up to then.',
      },
    ]);
    // Never practised is not stale; practice after asOf does not count as practice yet.
    expect(ledgerRow(input({ learning: [minutes(RUST, '2025-01-01', 30)] }), RUST).flags).toEqual([]);
    expect(
      kinds(
        ledgerRow(
          input({ practice: [minutes(RUST, '2026-01-01', 30), minutes(RUST, '2027-05-16', 30)] }),
          RUST,
        ),
      ),
    ).toEqual(['stale']);
  });

  it('comes with the other flags when they hold too, in a fixed order', () => {
    const row = ledgerRow(
      input({
        credentials: [credential({ skillId: RUST, title: 'Rust cert' })],
        learning: [minutes(RUST, '2027-04-01', 180)],
        practice: [minutes(RUST, '2026-06-01', 60)],
      }),
      RUST,
    );
    expect(kinds(row)).toEqual(['certificate_without_practice', 'learning_without_practice', 'stale']);
    expect(row.flags[0]!.message).toBe(
      'You hold “Rust cert” but have not practised Rust in the 90 days up to May 15, 2027. You last practised it on Jun 1, 2026, 348 days before.',
    );
  });
});
