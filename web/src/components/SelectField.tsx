import { type ReactNode, type SelectHTMLAttributes, useId } from 'react';
import { Field } from './Field.tsx';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  id?: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** `<option>` / `<optgroup>` elements. */
  children: ReactNode;
}

/** A labelled native select: keyboard type-ahead and the phone's own picker for free. */
export function SelectField({ label, id, hint, error, className, children, ...select }: SelectFieldProps) {
  const fallbackId = useId();
  return (
    <Field id={id ?? fallbackId} label={label} hint={hint} error={error}>
      {(control) => (
        <select {...select} {...control} className={['input', 'select', className].filter(Boolean).join(' ')}>
          {children}
        </select>
      )}
    </Field>
  );
}
