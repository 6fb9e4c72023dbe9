import { type ReactNode, useRef, useState } from 'react';
import { Button } from './Button.tsx';
import './CopyField.css';
import './forms.css';

export interface CopyFieldProps {
  id: string;
  label: string;
  value: string;
  hint?: ReactNode;
}

type CopyState = 'idle' | 'copied' | 'manual';

/** A read-only value with a Copy button, for secrets shown once. */
export function CopyField({ id, label, value, hint }: CopyFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<CopyState>('idle');

  async function copy() {
    try {
      // The Clipboard API exists only in secure contexts (https or localhost).
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      input.current?.select();
      setState('manual');
    }
  }

  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      )}
      <div className="copy-field">
        <input
          ref={input}
          id={id}
          className="input input--mono"
          readOnly
          value={value}
          spellCheck={false}
          aria-describedby={hintId}
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button onClick={copy}>{state === 'copied' ? 'Copied' : 'Copy'}</Button>
      </div>
      <p className="copy-field__status" role="status">
        {state === 'copied' && 'Copied to the clipboard.'}
        {state === 'manual' &&
          'Your browser blocked copying: the text is selected, press Ctrl+C (⌘C on a Mac).'}
      </p>
    </div>
  );
}
