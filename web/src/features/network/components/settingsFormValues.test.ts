import { describe, expect, it } from 'vitest';
import { settingsFields, settingsInput, settingsValues } from './settingsFormValues.ts';

describe('keep-in-touch defaults form', () => {
  it('shows each role’s default, and an empty field for a role without one', () => {
    const values = settingsValues({ cadenceByRole: { mentor: 30, peer: 90 } });
    expect(values.mentor).toBe('30');
    expect(values.peer).toBe('90');
    expect(values.friend).toBe('');
    expect(Object.keys(values)).toHaveLength(10);
  });

  it('sends every role: a number sets it, an empty field removes it (null)', () => {
    const values = {
      ...settingsValues({ cadenceByRole: { mentor: 30, peer: 90 } }),
      mentor: ' 21 ',
      peer: '',
    };
    const change = settingsInput(values).cadenceByRole;
    expect(change.mentor).toBe(21);
    expect(change.peer).toBeNull();
    expect(change.friend).toBeNull();
    expect(Object.keys(change)).toHaveLength(10);
  });

  it('names each field by its role, at the API’s path', () => {
    expect(settingsFields['cadenceByRole.mentor']).toEqual({ id: 'cadence-mentor', label: 'Mentor' });
  });
});
