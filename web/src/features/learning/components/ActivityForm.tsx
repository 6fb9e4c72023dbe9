import { CURRENCY_CODES } from '@shared/learning/currencies.ts';
import type { LearningActivity } from '@shared/learning/learning.schema.ts';
import type { FormEvent } from 'react';
import { FormActions } from '../../../components/FormActions.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { bindFields, createOrUpdate, listError, useFormValues } from '../../../components/formState.ts';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { SkillsField } from '../../skills/components/SkillsField.tsx';
import { useCreateActivity, useUpdateActivity } from '../api/learning.ts';
import { ActivityFormBody } from '../api/schemas.ts';
import { type ActivityFormValues, activityFields, activityInput } from './activityFormValues.ts';
import { GoalSelect } from './GoalSelect.tsx';
import {
  currencyName,
  FORMAT_LABELS,
  FORMATS,
  KIND_LABELS,
  KINDS,
  STATUS_LABELS,
  STATUSES,
} from './labels.ts';
import './learning.css';

const CURRENCY_OPTIONS = CURRENCY_CODES.map((code) => [code, `${code} · ${currencyName(code)}`] as const);

export interface ActivityFormProps {
  initial: ActivityFormValues;
  /** The activity being changed; absent when adding one. */
  activity?: LearningActivity | undefined;
  onSaved: (activity: LearningActivity) => void;
  onCancel: () => void;
}

/**
 * Add or change a learning activity: every field of the API, errors beside their fields and in a
 * summary above. The credential's fields show for a certification only.
 */
export function ActivityForm({ initial, activity, onSaved, onCancel }: ActivityFormProps) {
  const { values, set } = useFormValues(initial);
  const { mutation, save } = createOrUpdate(activity, useCreateActivity(), useUpdateActivity());
  const errors = useFormErrors(mutation.error, activityFields);
  const { field, control } = bindFields(errors, values, set);
  const certification = values.kind === 'certification';

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(ActivityFormBody, activityInput(values));
    if (body) save(body, onSaved);
  }

  return (
    <form className="form activity-form" noValidate onSubmit={onSubmit}>
      <FormError message={errors.message} issues={errors.issues} fields={activityFields} />
      <div className="form-row">
        <SelectField {...field('kind')} options={KINDS.map((k) => [k, KIND_LABELS[k]])} />
        <SelectField {...field('status')} options={STATUSES.map((s) => [s, STATUS_LABELS[s]])} />
      </div>
      <TextField
        {...field('title')}
        hint="What you take or read, e.g. “AWS Solutions Architect – Associate” or “Designing Data-Intensive Applications”."
        autoComplete="off"
      />
      <div className="form-row">
        <TextField {...field('provider')} hint="Who runs it or wrote it." autoComplete="off" />
        <SelectField {...field('format')} options={FORMATS.map((f) => [f, FORMAT_LABELS[f]])}>
          <option value="">Not said</option>
        </SelectField>
      </div>
      <TextField {...field('url')} type="url" inputMode="url" autoComplete="off" placeholder="https://" />
      <div className="form-row">
        <TextField {...field('startDate')} type="date" />
        <TextField {...field('endDate')} type="date" hint="When it ends, or ended." />
      </div>
      <TextField
        {...field('hoursPlanned')}
        inputMode="decimal"
        autoComplete="off"
        hint="How long you expect it to take, e.g. 40 or 12.5; the time you log is measured against it."
        className="activity-form__number"
      />
      <div className="form-row">
        <TextField
          {...field('costAmount', 'cost.amount')}
          error={errors.field('cost.amount') ?? errors.field('cost')}
          inputMode="decimal"
          autoComplete="off"
          hint="What it costs you or your employer, e.g. 450 or 19.99."
        />
        <SelectField {...field('costCurrency', 'cost.currency')} options={CURRENCY_OPTIONS}>
          <option value="">Choose a currency</option>
        </SelectField>
      </div>
      <SkillsField
        {...control('skills', 'skillIds')}
        error={listError(errors, 'skillIds')}
        hint="The skills it builds: the ledger counts its hours for each of them."
      />
      <GoalSelect {...control('goalId')} feeder="The time you log on it" />
      {certification && (
        <fieldset className="fieldset activity-form__credential">
          <legend className="fieldset__legend">Credential</legend>
          <p className="field__hint">
            Once you hold the certificate: when it was issued and, if it expires, its last valid day. Leave
            these empty until then.
          </p>
          {errors.field('credential') && (
            <p className="field__error" id="credential-error">
              {errors.field('credential')}
            </p>
          )}
          <div className="form-row">
            <TextField {...field('credentialIssuedOn', 'credential.issuedOn')} type="date" />
            <TextField
              {...field('credentialExpiresOn', 'credential.expiresOn')}
              type="date"
              hint="Its last valid day; leave empty if it never expires."
            />
          </div>
          <TextField {...field('credentialIdentifier', 'credential.identifier')} autoComplete="off" />
          <TextField
            {...field('credentialUrl', 'credential.url')}
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://"
          />
        </fieldset>
      )}
      <FormActions
        submitLabel={activity ? 'Save changes' : 'Add activity'}
        pending={mutation.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
