import { Button } from './Button.tsx';

export interface FormActionsProps {
  /** The submit button's words: "Add contact", "Save changes". */
  submitLabel: string;
  /** What it says while the form saves. */
  pendingLabel?: string;
  pending: boolean;
  /** Leaves the form; absent where the form stays on its page (a list's form for the next entry). */
  onCancel?: (() => void) | undefined;
  /** A quiet Cancel, for a form that shares its page with others. */
  quietCancel?: boolean;
}

/** A form's buttons: submit, busy while the form saves, and Cancel beside it, which waits meanwhile. */
export function FormActions({
  submitLabel,
  pendingLabel = 'Saving…',
  pending,
  onCancel,
  quietCancel = false,
}: FormActionsProps) {
  return (
    <div className="form__actions">
      <Button type="submit" variant="primary" pending={pending} pendingLabel={pendingLabel}>
        {submitLabel}
      </Button>
      {onCancel && (
        <Button variant={quietCancel ? 'quiet' : 'secondary'} onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
      )}
    </div>
  );
}
