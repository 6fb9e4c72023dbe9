import { type ReactNode, type TextareaHTMLAttributes, useId } from 'react';
import { Field } from './Field.tsx';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  id?: string;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A labelled multi-line text input with its hint and error. */
export function TextAreaField({
  label,
  id,
  hint,
  error,
  className,
  rows = 3,
  ...textarea
}: TextAreaFieldProps) {
  const fallbackId = useId();
  return (
    <Field id={id ?? fallbackId} label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          rows={rows}
          {...textarea}
          {...control}
          className={['input', 'textarea', className].filter(Boolean).join(' ')}
        />
      )}
    </Field>
  );
}
