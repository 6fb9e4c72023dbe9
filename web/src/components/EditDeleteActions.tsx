import type { Ref } from 'react';
import { Button } from './Button.tsx';

export interface EditDeleteActionsProps {
  /** The entry's class: the buttons sit in `${block}__actions`, and Edit is `${block}__edit`. */
  block: string;
  /** How the buttons name the entry to screen readers: "the entry of Mar 3, 2026 (1h 30m)". */
  what: string;
  onEdit: () => void;
  onDelete: () => void;
  /** While the form cannot open yet (what it needs is still loading). */
  editDisabled?: boolean | undefined;
  /** The Edit button, for an entry that gives it the focus after another action. */
  editRef?: Ref<HTMLButtonElement> | undefined;
}

/** An entry's Edit (in place) and Delete buttons, each named for the entry it acts on. */
export function EditDeleteActions({
  block,
  what,
  onEdit,
  onDelete,
  editDisabled,
  editRef,
}: EditDeleteActionsProps) {
  return (
    <div className={`${block}__actions`}>
      <Button
        ref={editRef}
        variant="quiet"
        className={`${block}__edit`}
        disabled={editDisabled}
        onClick={onEdit}
        aria-label={`Edit ${what}`}
      >
        Edit
      </Button>
      <Button
        variant="quiet"
        className="button--quiet-danger"
        onClick={onDelete}
        aria-label={`Delete ${what}`}
      >
        Delete
      </Button>
    </div>
  );
}
