import { type ReactNode, type SelectHTMLAttributes, useId } from 'react';
import { Field } from './Field.tsx';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  id?: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** The choices, as value and label; `children` come before them (an "all" choice, say). */
  options?: readonly (readonly [value: string, label: string])[];
  /** `<option>` / `<optgroup>` elements. */
  children?: ReactNode;
}

/** A labelled native select: keyboard type-ahead and the phone's own picker for free. */
export function SelectField({
  label,
  id,
  hint,
  error,
  className,
  options = [],
  children,
  ...select
}: SelectFieldProps) {
  const fallbackId = useId();
  return (
    <Field id={id ?? fallbackId} label={label} hint={hint} error={error}>
      {(control) => (
        <select {...select} {...control} className={['input', 'select', className].filter(Boolean).join(' ')}>
          {children}
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
