import type { InputHTMLAttributes, ReactNode } from 'react';
import { sentence } from './text.ts';
import './forms.css';

export interface CheckFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'aria-describedby' | 'aria-invalid'> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
}

/**
 * A checkbox with its label beside it, then its hint and error, wired together for assistive
 * technology as Field wires a text input (`${id}-hint`, `${id}-error`).
 */
export function CheckField({ id, label, hint, error, ...input }: CheckFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <div className={error ? 'check-field field--invalid' : 'check-field'}>
        <input
          {...input}
          type="checkbox"
          id={id}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {sentence(error)}
        </p>
      )}
    </>
  );
}
