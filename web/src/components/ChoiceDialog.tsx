import { type ReactNode, useId } from 'react';
import { Button } from './Button.tsx';
import { useModal } from './useModal.ts';
import './ConfirmDialog.css';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** What the choice does, said under its button and read out with it. */
  description: string;
}

export interface ChoiceDialogProps<T extends string> {
  open: boolean;
  title: string;
  children: ReactNode;
  choices: readonly Choice<T>[];
  /** The choice being carried out, if any: its button shows a spinner, and nothing else can be pressed. */
  pending?: T | null;
  pendingLabel?: string;
  onChoose: (value: T) => void;
  onCancel: () => void;
}

/**
 * A modal question with a few answers, each explained, and Cancel, on the native <dialog> as
 * ConfirmDialog is: focus is trapped and restored by the browser, Escape cancels, and focus starts
 * on Cancel so that a stray Enter never picks for the person.
 */
export function ChoiceDialog<T extends string>({
  open,
  title,
  children,
  choices,
  pending = null,
  pendingLabel,
  onChoose,
  onCancel,
}: ChoiceDialogProps<T>) {
  const dialog = useModal(open);
  const id = useId();

  return (
    <dialog
      ref={dialog}
      className="dialog dialog--choices"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        // The parent owns `open`; keep the dialog up while a choice is being carried out.
        event.preventDefault();
        if (pending === null) onCancel();
      }}
    >
      <h2 className="dialog__title" id={`${id}-title`}>
        {title}
      </h2>
      <div className="dialog__body" id={`${id}-body`}>
        {children}
      </div>
      <ul className="dialog__choices">
        {choices.map((choice) => (
          <li key={choice.value} className="dialog__choice">
            <Button
              variant="secondary"
              className="button--block"
              aria-describedby={`${id}-${choice.value}`}
              pending={pending === choice.value}
              pendingLabel={pendingLabel}
              disabled={pending !== null && pending !== choice.value}
              onClick={() => onChoose(choice.value)}
            >
              {choice.label}
            </Button>
            <p className="dialog__choice-description" id={`${id}-${choice.value}`}>
              {choice.description}
            </p>
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <Button onClick={onCancel} disabled={pending !== null} autoFocus>
          Cancel
        </Button>
      </div>
    </dialog>
  );
}
