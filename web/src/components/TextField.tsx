import { type InputHTMLAttributes, type ReactNode, useId } from 'react';
import { Field } from './Field.tsx';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** Stable id; needed when an error summary links to the field. */
  id?: string;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A labelled text input (also e-mail, password, search …) with its hint and error. */
export function TextField({ label, id, hint, error, className, ...input }: TextFieldProps) {
  const fallbackId = useId();
  return (
    <Field id={id ?? fallbackId} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          type="text"
          {...input}
          {...control}
          className={['input', className].filter(Boolean).join(' ')}
        />
      )}
    </Field>
  );
}
