import type { ReactNode } from 'react';
import { TextField } from '../../../components/TextField.tsx';
import { ContactPicker } from './ContactPicker.tsx';
import type { ContactChoice, PersonKind } from './person.ts';
import './person-form.css';

export interface PersonFieldProps {
  /** Prefix of the ids: `${idPrefix}-email`, `${idPrefix}-contact`, `${idPrefix}-kind-email` … */
  idPrefix: string;
  legend: string;
  kind: PersonKind;
  onKindChange: (kind: PersonKind) => void;
  email: string;
  onEmailChange: (email: string) => void;
  contact: ContactChoice | null;
  onContactChange: (contact: ContactChoice | null) => void;
  /** The error of the field in use. */
  error: string | undefined;
  /** What happens with an e-mail, and with a contact, said under each. */
  emailHint: ReactNode;
  contactHint: string;
}

/** Who: an e-mail to type, or one of my contacts to find; a choice between the two, then that field. */
export function PersonField(props: PersonFieldProps) {
  const { idPrefix, legend, kind, onKindChange, error } = props;
  return (
    <fieldset className="fieldset person-field">
      <legend className="fieldset__legend">{legend}</legend>
      <div className="person-field__kinds">
        {(
          [
            ['email', 'By e-mail'],
            ['contact', 'One of my contacts'],
          ] as const
        ).map(([value, text]) => (
          <div key={value} className="check-field">
            <input
              type="radio"
              id={`${idPrefix}-kind-${value}`}
              name={`${idPrefix}-kind`}
              value={value}
              checked={kind === value}
              onChange={() => onKindChange(value)}
            />
            <label htmlFor={`${idPrefix}-kind-${value}`}>{text}</label>
          </div>
        ))}
      </div>
      {kind === 'email' ? (
        <TextField
          id={`${idPrefix}-email`}
          label="Their e-mail"
          type="email"
          autoComplete="off"
          spellCheck={false}
          hint={props.emailHint}
          error={error}
          value={props.email}
          onChange={(e) => props.onEmailChange(e.target.value)}
        />
      ) : (
        <ContactPicker
          id={`${idPrefix}-contact`}
          label="Contact"
          hint={props.contactHint}
          error={error}
          value={props.contact}
          onChange={props.onContactChange}
        />
      )}
    </fieldset>
  );
}
