// A list whose entries change in place: one entry at a time shows its form instead of itself, and
// Delete asks first, in one dialog for the whole list.
import { useRef, useState } from 'react';
import { useStatus } from './StatusProvider.tsx';
import { useFocusAfterEditing } from './useFocusAfterEditing.ts';

/** What a list tells each of its entries: whether it shows its form, and its Edit and Delete. */
export interface EntryChangeProps {
  editing: boolean;
  /** Opens (true) or closes (false) the entry's form. */
  onEdit: (editing: boolean) => void;
  /** Asks to delete the entry. */
  onDelete: () => void;
}

/** Which entry of a list is being changed, and which one the person has asked to delete. */
export function useEntryChanges<T extends { id: string }>() {
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  return {
    /** The entry the delete dialog asks about; null while the dialog is closed. */
    deleting,
    /** Closes the delete dialog: cancelled, or done. */
    stopDeleting: () => setDeleting(null),
    /** An entry's part, to spread on its component. */
    entryProps: (entry: T): EntryChangeProps => ({
      editing: editing === entry.id,
      onEdit: (on) => setEditing(on ? entry.id : null),
      onDelete: () => setDeleting(entry),
    }),
  };
}

/** The request that saves an entry's form: a TanStack mutation answers it. */
export interface SaveRequest {
  isPending: boolean;
  error: unknown;
  reset: () => void;
}

/**
 * One entry changed in place. `ref` goes on the entry's element. `close` shuts the form, clears
 * what the `save` request left (an error), and puts the focus back on the entry's Edit button
 * (`editSelector`) once the entry is drawn closed, where the person started; `saved` says what was
 * saved and closes. `form` is the edit form's Save and Cancel, for a form that takes `save`'s state.
 */
export function useEditInPlace<E extends HTMLElement = HTMLLIElement>(
  { editing, onEdit }: Pick<EntryChangeProps, 'editing' | 'onEdit'>,
  editSelector: string,
  save?: SaveRequest,
) {
  const ref = useRef<E>(null);
  const returnFocus = useFocusAfterEditing(editing, ref, editSelector);
  const showStatus = useStatus();

  function close() {
    returnFocus();
    onEdit(false);
    save?.reset();
  }

  return {
    ref,
    close,
    saved: (status: string) => {
      showStatus(status);
      close();
    },
    form: {
      submitLabel: 'Save changes',
      pendingLabel: 'Saving…',
      pending: save?.isPending ?? false,
      serverError: save?.error,
      onCancel: close,
    },
  };
}
