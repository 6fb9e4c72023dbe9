import type { Contact } from '@shared/network/contact.schema.ts';
import { CADENCE_MAX, CADENCE_MIN } from '@shared/network/network.limits.ts';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { CheckField } from '../../../components/CheckField.tsx';
import { FormActions } from '../../../components/FormActions.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { bindFields, createOrUpdate, listError, useFormValues } from '../../../components/formState.ts';
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
  const { values, set } = useFormValues(initial);
  const { mutation, save } = createOrUpdate(contact, useCreateContact(), useUpdateContact());
  const settings = useNetworkSettings();
  const fields = contactFields(values);
  const errors = useFormErrors(mutation.error, fields);
  const { field } = bindFields(errors, values, set);
  const rolesError = listError(errors, 'roles');
  const emptyCadence = emptyCadenceText(values.roles, settings.data?.cadenceByRole);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(contactFormBody(today), contactInput(values));
    if (body) save(body, onSaved);
  }

  return (
    <form className="form contact-form" noValidate onSubmit={onSubmit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <TextField {...field('name')} autoComplete="off" />
      <div className="form-row">
        <TextField {...field('company')} autoComplete="off" />
        <TextField {...field('position')} autoComplete="off" hint="Their job title, e.g. “Staff Engineer”." />
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
        {...field('linkedinUrl')}
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://www.linkedin.com/in/…"
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
          {...field('keepInTouchDays')}
          inputMode="numeric"
          autoComplete="off"
          hint={
            <>
              Days between contacts, {CADENCE_MIN} to {CADENCE_MAX}.{' '}
              {emptyCadence ?? 'Leave it empty to use the default of its roles.'}{' '}
              <Link to="/network/settings">Defaults by role</Link>
            </>
          }
        />
        <TextField
          {...field('connectedOn')}
          type="date"
          max={today}
          hint="When you first connected; today or earlier."
        />
      </div>
      <TextField
        {...field('tags')}
        error={listError(errors, 'tags')}
        autoComplete="off"
        hint="Words to find them by, separated by commas, e.g. “rust, conference 2025”."
      />
      <TextAreaField
        {...field('howMet')}
        rows={2}
        hint="Where and how you met: an event, an introduction, a former team."
      />
      <TextAreaField {...field('notes')} rows={4} />
      <FormActions
        submitLabel={contact ? 'Save changes' : 'Add contact'}
        pending={mutation.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
