// The keep-in-touch defaults form: a number of days per role as typed, and the change it makes.
import type { NetworkSettings, UpdateNetworkSettingsBody } from '@shared/network/network.schema.ts';
import type { z } from 'zod';
import type { FieldMap } from '../../../components/FormError.tsx';
import { daysOf } from './contactFormValues.ts';
import { type ContactRole, ROLE_LABELS, ROLES } from './labels.ts';

/** Days per role as typed; "" for no default. */
export type SettingsFormValues = Record<ContactRole, string>;

export const settingsFields: FieldMap = Object.fromEntries(
  ROLES.map((role) => [`cadenceByRole.${role}`, { id: `cadence-${role}`, label: ROLE_LABELS[role] }]),
);

/** The settings' defaults as the form shows them. */
export function settingsValues(settings: NetworkSettings): SettingsFormValues {
  return Object.fromEntries(
    ROLES.map((role) => {
      const days = settings.cadenceByRole[role];
      return [role, days === undefined ? '' : String(days)];
    }),
  ) as SettingsFormValues;
}

/**
 * The change for the API, every role in it: a number sets a role's default, and an emptied field
 * is null, which removes it (the API merges the change into the settings).
 */
export function settingsInput(values: SettingsFormValues): z.input<typeof UpdateNetworkSettingsBody> {
  return {
    cadenceByRole: Object.fromEntries(ROLES.map((role) => [role, daysOf(values[role])])),
  };
}
