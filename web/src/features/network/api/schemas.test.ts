import { describe, expect, it } from 'vitest';
import { check } from '../../../api/errors.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { contactInput, newContactValues } from '../components/contactFormValues.ts';
import { interactionInput, newInteractionValues } from '../components/interactionFormValues.ts';
import { settingsInput, settingsValues } from '../components/settingsFormValues.ts';
import {
  contactFormBody,
  interactionChangeBody,
  interactionFormBody,
  UpdateNetworkSettingsBody,
} from './schemas.ts';

const today = '2026-03-10';
const future = `is in the future (today is ${formatDate(today)})`;

describe('the network forms’ schemas', () => {
  it('take a contact as its form makes it, and refuse a connection day after today', () => {
    const values = { ...newContactValues(), name: 'Ada Lovelace', keepInTouchDays: '14', connectedOn: today };
    expect(check(contactFormBody(today), contactInput(values))).toMatchObject({
      ok: true,
      data: { name: 'Ada Lovelace', keepInTouchDays: 14, connectedOn: today },
    });
    expect(check(contactFormBody(today), contactInput({ ...values, connectedOn: '2026-03-11' }))).toEqual({
      ok: false,
      issues: [{ path: 'connectedOn', message: future }],
    });
  });

  it('name the row of a bad e-mail, and a cadence that is no whole number of days', () => {
    const values = {
      ...newContactValues(),
      name: 'Ada',
      emails: [
        { value: 'ada@example.com', label: '' },
        { value: 'not an address', label: '' },
      ],
      keepInTouchDays: '1.5',
    };
    const result = check(contactFormBody(today), contactInput(values));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['emails.1.value', 'keepInTouchDays']);
  });

  it('take a new interaction with its contact, and refuse a follow-up before its date', () => {
    const values = { ...newInteractionValues(today), date: '2026-03-05' };
    expect(check(interactionFormBody(today), { ...interactionInput(values), contactIds: ['c1'] }).ok).toBe(
      true,
    );
    expect(
      check(interactionFormBody(today), {
        ...interactionInput({ ...values, followUpOn: '2026-03-04' }),
        contactIds: ['c1'],
      }),
    ).toEqual({
      ok: false,
      issues: [{ path: 'followUpOn', message: 'must be on or after the date of the interaction' }],
    });
  });

  it('refuse a change dated after today', () => {
    const values = { ...newInteractionValues(today), date: '2026-03-12' };
    expect(check(interactionChangeBody(today), interactionInput(values))).toEqual({
      ok: false,
      issues: [{ path: 'date', message: future }],
    });
  });

  it('take the defaults form, and refuse a cadence beyond two years at its role', () => {
    const values = { ...settingsValues({ cadenceByRole: {} }), mentor: '30', peer: '731' };
    const result = check(UpdateNetworkSettingsBody, settingsInput(values));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['cadenceByRole.peer']);
    expect(check(UpdateNetworkSettingsBody, settingsInput({ ...values, peer: '' })).ok).toBe(true);
  });
});
