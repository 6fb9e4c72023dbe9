// The activity form's values as typed, and the body they make for the API (checked by its schema).
import type { LearningActivity } from '@shared/learning/learning.schema.ts';
import type { SkillRef } from '@shared/skills/skill.schema.ts';
import type { z } from 'zod';
import type { FieldMap } from '../../../components/FormError.tsx';
import type { ActivityFormBody } from '../api/schemas.ts';
import type { LearningFormat, LearningKind, LearningStatus } from './labels.ts';

/** The form as typed: text for every input, so half-typed numbers and dates survive until checked. */
export interface ActivityFormValues {
  kind: LearningKind;
  title: string;
  provider: string;
  url: string;
  format: LearningFormat | '';
  status: LearningStatus;
  startDate: string;
  endDate: string;
  hoursPlanned: string;
  costAmount: string;
  costCurrency: string;
  skills: SkillRef[];
  goalId: string;
  credentialIssuedOn: string;
  credentialExpiresOn: string;
  credentialIdentifier: string;
  credentialUrl: string;
}

/** The form's fields by API issue path, in the order they appear: id, label and error of each. */
export const activityFields: FieldMap = {
  kind: { id: 'activity-kind', label: 'Kind' },
  title: { id: 'activity-title', label: 'Title' },
  provider: { id: 'activity-provider', label: 'Provider (optional)', name: 'Provider' },
  url: { id: 'activity-url', label: 'Web address (optional)', name: 'Web address' },
  format: { id: 'activity-format', label: 'Format' },
  status: { id: 'activity-status', label: 'Status' },
  startDate: { id: 'activity-start', label: 'Start date (optional)', name: 'Start date' },
  endDate: { id: 'activity-end', label: 'End date (optional)', name: 'End date' },
  hoursPlanned: { id: 'activity-hours', label: 'Hours planned (optional)', name: 'Hours planned' },
  cost: { id: 'activity-cost', label: 'Cost (optional)', name: 'Cost' },
  'cost.amount': { id: 'activity-cost', label: 'Cost (optional)', name: 'Cost' },
  'cost.currency': { id: 'activity-currency', label: 'Currency' },
  skillIds: { id: 'activity-skills', label: 'Skills it develops (optional)', name: 'Skills' },
  goalId: { id: 'activity-goal', label: 'Goal its time feeds (optional)', name: 'Goal' },
  credential: { id: 'credential-issued', label: 'Credential' },
  'credential.issuedOn': { id: 'credential-issued', label: 'Issued on' },
  'credential.expiresOn': { id: 'credential-expires', label: 'Expires on (optional)', name: 'Expires on' },
  'credential.identifier': {
    id: 'credential-identifier',
    label: 'Certificate number (optional)',
    name: 'Certificate number',
  },
  'credential.url': {
    id: 'credential-url',
    label: 'Where to verify it (optional)',
    name: 'Where to verify it',
  },
};

/** A new activity: planned, a course unless said otherwise, for a skill when opened from one. */
export function newActivityValues(
  skill: SkillRef | null = null,
  kind: LearningKind = 'course',
): ActivityFormValues {
  return {
    kind,
    title: '',
    provider: '',
    url: '',
    format: '',
    status: 'planned',
    startDate: '',
    endDate: '',
    hoursPlanned: '',
    costAmount: '',
    costCurrency: '',
    skills: skill ? [skill] : [],
    goalId: '',
    credentialIssuedOn: '',
    credentialExpiresOn: '',
    credentialIdentifier: '',
    credentialUrl: '',
  };
}

/** An activity's form, its skills named (`skills`, in the activity's order). */
export function activityValues(activity: LearningActivity, skills: SkillRef[]): ActivityFormValues {
  const credential = activity.credential;
  return {
    kind: activity.kind,
    title: activity.title,
    provider: activity.provider ?? '',
    url: activity.url ?? '',
    format: activity.format ?? '',
    status: activity.status,
    startDate: activity.startDate ?? '',
    endDate: activity.endDate ?? '',
    hoursPlanned: activity.hoursPlanned === null ? '' : String(activity.hoursPlanned),
    costAmount: activity.cost ? String(activity.cost.amount) : '',
    costCurrency: activity.cost?.currency ?? '',
    skills,
    goalId: activity.goalId ?? '',
    credentialIssuedOn: credential?.issuedOn ?? '',
    credentialExpiresOn: credential?.expiresOn ?? '',
    credentialIdentifier: credential?.identifier ?? '',
    credentialUrl: credential?.url ?? '',
  };
}

/**
 * "" → undefined (so the schema says "is required" where one is); "12.5" and "12,5" → 12.5; "abc"
 * and "1,234" (a thousands separator, or three decimals?) → NaN, which the schema calls no number.
 */
function numberOf(text: string): number | undefined {
  const trimmed = text.trim().replace(/,(?=\d{1,2}$)/, '.');
  return trimmed === '' ? undefined : Number(trimmed);
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The body of a new activity or of a change (every field, so that a cleared one is cleared), before
 * the schema checks it. No cost when neither amount nor currency is given; a credential only for a
 * certification with something filled in.
 */
export function activityInput(v: ActivityFormValues): z.input<typeof ActivityFormBody> {
  const costGiven = v.costAmount.trim() !== '' || v.costCurrency !== '';
  const credentialGiven =
    v.kind === 'certification' &&
    [v.credentialIssuedOn, v.credentialExpiresOn, v.credentialIdentifier, v.credentialUrl].some(
      (field) => field.trim() !== '',
    );
  return {
    kind: v.kind,
    title: v.title,
    provider: orNull(v.provider),
    url: orNull(v.url),
    format: v.format === '' ? null : v.format,
    status: v.status,
    startDate: v.startDate || null,
    endDate: v.endDate || null,
    hoursPlanned: numberOf(v.hoursPlanned) ?? null,
    // Casts: an empty amount or currency is sent as undefined on purpose, so the schema says "is required".
    cost: costGiven
      ? { amount: numberOf(v.costAmount) as number, currency: (v.costCurrency || undefined) as string }
      : null,
    skillIds: v.skills.map((s) => s.id),
    goalId: v.goalId || null,
    credential: credentialGiven
      ? {
          identifier: orNull(v.credentialIdentifier),
          url: orNull(v.credentialUrl),
          issuedOn: (v.credentialIssuedOn || undefined) as string,
          expiresOn: v.credentialExpiresOn || null,
        }
      : null,
  };
}
