import type { Contact } from '@shared/network/contact.schema.ts';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { Combobox, type ComboboxOption } from '../../../components/Combobox.tsx';
import { useDebounced } from '../../../components/useDebounced.ts';
import { useContactSearch } from '../api/contacts.ts';
import type { ContactChoice } from './person.ts';
import './person-form.css';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';

export interface ContactPickerProps {
  /** The search box's id: the error summary links to it. */
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: ContactChoice | null;
  onChange: (contact: ContactChoice | null) => void;
}

type Option = ComboboxOption & { contact: Contact };

/** "Staff engineer · Acme · cy@example.com": who a contact is, under their name. */
const detailOf = (c: Contact): string =>
  [c.position, c.company, c.emails[0]?.value].filter(Boolean).join(' · ') || 'No e-mail or company';

/**
 * One of my contacts, found by name, company, e-mail or tag as I type (the network's own search),
 * then shown as chosen with a way to choose another.
 */
export function ContactPicker({ id, label, hint, error, value, onChange }: ContactPickerProps) {
  const [text, setText] = useState('');
  const settled = useDebounced(text.trim(), 250);
  const search = useContactSearch(settled);
  const waiting = text.trim() !== settled || search.isFetching;
  const found = settled === '' ? [] : (search.data ?? []);
  const options: Option[] = found.map((contact) => ({
    key: contact.id,
    label: contact.name,
    detail: detailOf(contact),
    contact,
  }));
  const status =
    found.length === 0
      ? 'No contacts found.'
      : `${found.length === 1 ? '1 contact' : `${found.length} contacts`} found.`;

  function changeContact() {
    onChange(null);
    // The search box replaces the chosen contact: the person continues there.
    focusWhenDrawn(id);
  }

  if (value) {
    return (
      <fieldset className="field chosen-person-field">
        <legend className="field__label">{label}</legend>
        <div className="chosen-person">
          <p className="chosen-person__name">
            <strong>{value.name}</strong>
            {value.email && <span className="chosen-person__detail">{value.email}</span>}
          </p>
          <Button variant="quiet" onClick={changeContact}>
            Choose another contact
          </Button>
        </div>
      </fieldset>
    );
  }

  return (
    <div className="contact-picker">
      <Combobox<Option>
        id={id}
        label={label}
        hint={hint}
        error={error}
        value={text}
        onValueChange={setText}
        options={options}
        loading={waiting}
        status={status}
        placeholder="Type a name, company or e-mail"
        onSelect={(option) => {
          const c = option.contact;
          onChange({ id: c.id, name: c.name, email: c.emails[0]?.value ?? null });
          setText('');
        }}
      />
      {search.isError && (
        <p className="field__error" role="alert">
          Your contacts could not be searched. Type again to retry.
        </p>
      )}
      {settled !== '' && !waiting && search.isSuccess && found.length === 0 && (
        <p className="field__hint">
          No contact matches “{settled}”. Add them on the <Link to="/network">Network page</Link>, or use
          their e-mail instead.
        </p>
      )}
    </div>
  );
}
