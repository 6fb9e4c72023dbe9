import type { RefObject } from 'react';
import { Field, type FieldProps } from '../../../components/Field.tsx';

export interface DurationFieldProps extends Omit<FieldProps, 'children' | 'hint'> {
  value: string;
  onChange: (value: string) => void;
  inputRef?: RefObject<HTMLInputElement | null> | undefined;
}

/** Time spent, typed as minutes ("90") or hours and minutes ("1h 30m", "1:30"); the hint says so. */
export function DurationField({ value, onChange, inputRef, ...field }: DurationFieldProps) {
  return (
    <Field {...field} hint="Minutes (90), or 1h 30m, or 1:30.">
      {(control) => (
        <input
          {...control}
          ref={inputRef}
          className="input"
          autoComplete="off"
          spellCheck={false}
          required
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
