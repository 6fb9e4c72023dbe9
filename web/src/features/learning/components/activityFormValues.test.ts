import type { LearningActivity } from '@shared/learning/learning.schema.ts';
import { describe, expect, it } from 'vitest';
import { activityInput, activityValues, newActivityValues } from './activityFormValues.ts';

const docker = { id: 's1', name: 'Docker', kind: 'hard' as const, category: null };

const activity: LearningActivity = {
  id: 'a1',
  kind: 'certification',
  title: 'CKA',
  provider: 'CNCF',
  url: 'https://example.com/cka',
  format: 'online',
  status: 'completed',
  startDate: '2026-01-05',
  endDate: '2026-02-20',
  hoursPlanned: 40,
  cost: { amount: 395, currency: 'USD' },
  skillIds: ['s1'],
  goalId: 'g1',
  credential: { identifier: 'LF-123', url: null, issuedOn: '2026-02-20', expiresOn: '2028-02-20' },
  hoursSpent: 12.5,
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-02-20T10:00:00.000Z',
};

describe('activity form values', () => {
  it('turns an empty new form into a body with every optional field cleared', () => {
    expect(activityInput({ ...newActivityValues(), title: 'Rust in Action' })).toEqual({
      kind: 'course',
      title: 'Rust in Action',
      provider: null,
      url: null,
      format: null,
      status: 'planned',
      startDate: null,
      endDate: null,
      hoursPlanned: null,
      cost: null,
      skillIds: [],
      goalId: null,
      credential: null,
    });
  });

  it('starts with the skill it was opened for', () => {
    expect(newActivityValues(docker).skills).toEqual([docker]);
  });

  it('gives back the activity it was filled from', () => {
    const { hoursSpent: _h, id: _id, createdAt: _c, updatedAt: _u, ...fields } = activity;
    expect(activityInput(activityValues(activity, [docker]))).toEqual(fields);
  });

  it('reads numbers as typed, a decimal comma included, and leaves bad ones for the schema', () => {
    const body = activityInput({ ...newActivityValues(), hoursPlanned: '12,5', costAmount: '1,234' });
    expect(body.hoursPlanned).toBe(12.5);
    // "1,234" is a thousands separator, not a decimal comma: the schema says it is not a number.
    expect(body.cost).toEqual({ amount: Number.NaN, currency: undefined });
  });

  it('sends a cost with an empty part as missing, so the schema asks for it', () => {
    expect(activityInput({ ...newActivityValues(), costCurrency: 'EUR' }).cost).toEqual({
      amount: undefined,
      currency: 'EUR',
    });
  });

  it('sends a credential only for a certification with something filled in', () => {
    const filled = { ...newActivityValues(), credentialIdentifier: 'X-1' };
    expect(activityInput(filled).credential).toBeNull();
    expect(activityInput({ ...filled, kind: 'certification' }).credential).toEqual({
      identifier: 'X-1',
      url: null,
      issuedOn: undefined,
      expiresOn: null,
    });
    expect(activityInput({ ...newActivityValues(), kind: 'certification' }).credential).toBeNull();
  });
});
