import { type RefObject, useEffect, useRef } from 'react';

/**
 * A native <dialog> shown as a modal while `open` is true, and closed when it turns false: the
 * ref to put on the dialog. The browser traps and restores focus, and Escape fires its `cancel`.
 */
export function useModal(open: boolean): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return dialog;
}
