import type { Contact } from '@shared/network/contact.schema.ts';
import { CADENCE_MAX, CADENCE_MIN } from '@shared/network/network.limits.ts';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { CheckField } from '../../../components/CheckField.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { sentence } from '../../../components/text.ts';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { useCreateContact, useUpdateContact } from '../api/contacts.ts';
import { contactFormBody } from '../api/schemas.ts';
import { useNetworkSettings } from '../api/settings.ts';
import {
  type ContactFormValues,
  contactFields,
  contactInput,
  roleId,
  toggleRole,
} from './contactFormValues.ts';
import { EntryRows } from './EntryRows.tsx';
import { emptyCadenceText } from './keepInTouch.ts';
import { ROLE_LABELS, ROLES } from './labels.ts';

export interface ContactFormProps {
  initial: ContactFormValues;
  /** The contact being changed; absent when adding one. */
  contact?: Contact | undefined;
  today: string;
  onSaved: (contact: Contact) => void;
  onCancel: () => void;
}

/**
 * Add or change a contact: every field of the API, errors beside their fields (a row's beside the
 * row) and in a summary above. The cadence's hint says what leaving it empty means for the roles
 * ticked, from the keep-in-touch defaults.
 */
export function ContactForm({ initial, contact, today, onSaved, onCancel }: ContactFormProps) {
  const [values, setValues] = useState(initial);
  const create = useCreateContact();
  const update = useUpdateContact();
  const settings = useNetworkSettings();
  const mutation = contact ? update : create;
  const fields = contactFields(values);
  const errors = useFormErrors(mutation.error, fields);
  const set = <K extends keyof ContactFormValues>(key: K, value: ContactFormValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));
  // The API names a refused tag or role by its place in the list (tags.2): say it at the field too.
  const listError = (path: string) =>
    errors.field(path) ?? errors.issues.find((i) => i.path.startsWith(`${path}.`))?.message;
  const rolesError = listError('roles');
  const emptyCadence = emptyCadenceText(values.roles, settings.data?.cadenceByRole);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(contactFormBody(today), contactInput(values));
    if (!body) return;
    if (contact) update.mutate({ id: contact.id, body }, { onSuccess: onSaved });
    else create.mutate(body, { onSuccess: onSaved });
  }

  return (
    <form className="form contact-form" noValidate onSubmit={onSubmit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <TextField
        {...errors.bind('name')}
        autoComplete="off"
        value={values.name}
        onChange={(e) => set('name', e.target.value)}
      />
      <div className="form-row">
        <TextField
          {...errors.bind('company')}
          autoComplete="off"
          value={values.company}
          onChange={(e) => set('company', e.target.value)}
        />
        <TextField
          {...errors.bind('position')}
          autoComplete="off"
          hint="Their job title, e.g. “Staff Engineer”."
          value={values.position}
          onChange={(e) => set('position', e.target.value)}
        />
      </div>
      <EntryRows
        list="emails"
        rows={values.emails}
        errors={errors}
        onChange={(rows) => set('emails', rows)}
      />
      <EntryRows
        list="phones"
        rows={values.phones}
        errors={errors}
        onChange={(rows) => set('phones', rows)}
      />
      <TextField
        {...errors.bind('linkedinUrl')}
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://www.linkedin.com/in/…"
        value={values.linkedinUrl}
        onChange={(e) => set('linkedinUrl', e.target.value)}
      />
      <fieldset className="fieldset" aria-describedby="contact-roles-hint">
        <legend className="fieldset__legend">Roles (optional)</legend>
        <p className="field__hint" id="contact-roles-hint">
          What they are to you. Without a cadence of its own, a contact takes the default of the first role
          you ticked that has one.
        </p>
        {rolesError && (
          <p className="field__error">
            <span className="visually-hidden">Error: </span>
            {sentence(rolesError)}
          </p>
        )}
        <div className="role-choices">
          {ROLES.map((role) => (
            <CheckField
              key={role}
              id={roleId(role)}
              label={ROLE_LABELS[role]}
              checked={values.roles.includes(role)}
              onChange={(e) => set('roles', toggleRole(values.roles, role, e.target.checked))}
            />
          ))}
        </div>
      </fieldset>
      <div className="form-row">
        <TextField
          {...errors.bind('keepInTouchDays')}
          inputMode="numeric"
          autoComplete="off"
          hint={
            <>
              Days between contacts, {CADENCE_MIN} to {CADENCE_MAX}.{' '}
              {emptyCadence ?? 'Leave it empty to use the default of its roles.'}{' '}
              <Link to="/network/settings">Defaults by role</Link>
            </>
          }
          value={values.keepInTouchDays}
          onChange={(e) => set('keepInTouchDays', e.target.value)}
        />
        <TextField
          {...errors.bind('connectedOn')}
          type="date"
          max={today}
          hint="When you first connected; today or earlier."
          value={values.connectedOn}
          onChange={(e) => set('connectedOn', e.target.value)}
        />
      </div>
      <TextField
        {...errors.bind('tags')}
        error={listError('tags')}
        autoComplete="off"
        hint="Words to find them by, separated by commas, e.g. “rust, conference 2025”."
        value={values.tags}
        onChange={(e) => set('tags', e.target.value)}
      />
      <TextAreaField
        {...errors.bind('howMet')}
        rows={2}
        hint="Where and how you met: an event, an introduction, a former team."
        value={values.howMet}
        onChange={(e) => set('howMet', e.target.value)}
      />
      <TextAreaField
        {...errors.bind('notes')}
        rows={4}
        value={values.notes}
        onChange={(e) => set('notes', e.target.value)}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" pending={mutation.isPending} pendingLabel="Saving…">
          {contact ? 'Save changes' : 'Add contact'}
        </Button>
        <Button onClick={onCancel} disabled={mutation.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
