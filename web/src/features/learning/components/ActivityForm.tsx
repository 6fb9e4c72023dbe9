import { CURRENCY_CODES } from '@shared/learning/currencies.ts';
import type { LearningActivity } from '@shared/learning/learning.schema.ts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { FormError } from '../../../components/FormError.tsx';
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
  type LearningKind,
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
  const [values, setValues] = useState(initial);
  const create = useCreateActivity();
  const update = useUpdateActivity();
  const mutation = activity ? update : create;
  const errors = useFormErrors(mutation.error, activityFields);
  const set = <K extends keyof ActivityFormValues>(key: K, value: ActivityFormValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));
  const certification = values.kind === 'certification';
  // The API names a refused skill by its place in the list (skillIds.2): say it at the field too.
  const skillsError =
    errors.field('skillIds') ?? errors.issues.find((i) => i.path.startsWith('skillIds.'))?.message;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(ActivityFormBody, activityInput(values));
    if (!body) return;
    if (activity) update.mutate({ id: activity.id, body }, { onSuccess: onSaved });
    else create.mutate(body, { onSuccess: onSaved });
  }

  return (
    <form className="form activity-form" noValidate onSubmit={onSubmit}>
      <FormError message={errors.message} issues={errors.issues} fields={activityFields} />
      <div className="form-row">
        <SelectField
          {...errors.bind('kind')}
          value={values.kind}
          onChange={(e) => set('kind', e.target.value as LearningKind)}
          options={KINDS.map((k) => [k, KIND_LABELS[k]])}
        />
        <SelectField
          {...errors.bind('status')}
          value={values.status}
          onChange={(e) => set('status', e.target.value as ActivityFormValues['status'])}
          options={STATUSES.map((s) => [s, STATUS_LABELS[s]])}
        />
      </div>
      <TextField
        {...errors.bind('title')}
        hint="What you take or read, e.g. “AWS Solutions Architect – Associate” or “Designing Data-Intensive Applications”."
        autoComplete="off"
        value={values.title}
        onChange={(e) => set('title', e.target.value)}
      />
      <div className="form-row">
        <TextField
          {...errors.bind('provider')}
          hint="Who runs it or wrote it."
          autoComplete="off"
          value={values.provider}
          onChange={(e) => set('provider', e.target.value)}
        />
        <SelectField
          {...errors.bind('format')}
          value={values.format}
          onChange={(e) => set('format', e.target.value as ActivityFormValues['format'])}
          options={FORMATS.map((f) => [f, FORMAT_LABELS[f]])}
        >
          <option value="">Not said</option>
        </SelectField>
      </div>
      <TextField
        {...errors.bind('url')}
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://"
        value={values.url}
        onChange={(e) => set('url', e.target.value)}
      />
      <div className="form-row">
        <TextField
          {...errors.bind('startDate')}
          type="date"
          value={values.startDate}
          onChange={(e) => set('startDate', e.target.value)}
        />
        <TextField
          {...errors.bind('endDate')}
          type="date"
          hint="When it ends, or ended."
          value={values.endDate}
          onChange={(e) => set('endDate', e.target.value)}
        />
      </div>
      <TextField
        {...errors.bind('hoursPlanned')}
        inputMode="decimal"
        autoComplete="off"
        hint="How long you expect it to take, e.g. 40 or 12.5; the time you log is measured against it."
        className="activity-form__number"
        value={values.hoursPlanned}
        onChange={(e) => set('hoursPlanned', e.target.value)}
      />
      <div className="form-row">
        <TextField
          {...errors.bind('cost.amount')}
          error={errors.field('cost.amount') ?? errors.field('cost')}
          inputMode="decimal"
          autoComplete="off"
          hint="What it costs you or your employer, e.g. 450 or 19.99."
          value={values.costAmount}
          onChange={(e) => set('costAmount', e.target.value)}
        />
        <SelectField
          {...errors.bind('cost.currency')}
          value={values.costCurrency}
          onChange={(e) => set('costCurrency', e.target.value)}
          options={CURRENCY_OPTIONS}
        >
          <option value="">Choose a currency</option>
        </SelectField>
      </div>
      <SkillsField
        {...errors.bind('skillIds')}
        error={skillsError}
        hint="The skills it builds: the ledger counts its hours for each of them."
        value={values.skills}
        onChange={(skills) => set('skills', skills)}
      />
      <GoalSelect
        {...errors.bind('goalId')}
        feeder="The time you log on it"
        value={values.goalId}
        onChange={(goalId) => set('goalId', goalId)}
      />
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
            <TextField
              {...errors.bind('credential.issuedOn')}
              type="date"
              value={values.credentialIssuedOn}
              onChange={(e) => set('credentialIssuedOn', e.target.value)}
            />
            <TextField
              {...errors.bind('credential.expiresOn')}
              type="date"
              hint="Its last valid day; leave empty if it never expires."
              value={values.credentialExpiresOn}
              onChange={(e) => set('credentialExpiresOn', e.target.value)}
            />
          </div>
          <TextField
            {...errors.bind('credential.identifier')}
            autoComplete="off"
            value={values.credentialIdentifier}
            onChange={(e) => set('credentialIdentifier', e.target.value)}
          />
          <TextField
            {...errors.bind('credential.url')}
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://"
            value={values.credentialUrl}
            onChange={(e) => set('credentialUrl', e.target.value)}
          />
        </fieldset>
      )}
      <div className="form__actions">
        <Button type="submit" variant="primary" pending={mutation.isPending} pendingLabel="Saving…">
          {activity ? 'Save changes' : 'Add activity'}
        </Button>
        <Button onClick={onCancel} disabled={mutation.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
