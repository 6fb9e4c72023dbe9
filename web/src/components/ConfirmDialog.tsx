import { type ReactNode, useId } from 'react';
import { messageOf } from '../api/errors.ts';
import { Button } from './Button.tsx';
import { Notice } from './Notice.tsx';
import { useModal } from './useModal.ts';
import './ConfirmDialog.css';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  tone?: 'primary' | 'danger';
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal confirmation on the native <dialog>: focus is trapped and restored by the browser, and
 * Escape cancels. Focus starts on Cancel so that a stray Enter never confirms something destructive.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  pendingLabel,
  tone = 'primary',
  pending = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const dialog = useModal(open);
  const titleId = useId();
  const bodyId = useId();

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // The parent owns `open`; let it decide, and keep the dialog up while the action runs.
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 className="dialog__title" id={titleId}>
        {title}
      </h2>
      <div className="dialog__body" id={bodyId}>
        {children}
      </div>
      <div className="dialog__actions">
        <Button onClick={onCancel} disabled={pending} autoFocus>
          Cancel
        </Button>
        <Button variant={tone} onClick={onConfirm} pending={pending} pendingLabel={pendingLabel}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}

/** The delete request a DeleteDialog waits on: a TanStack mutation answers it. */
export interface DeleteRequest {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  reset: () => void;
}

export interface DeleteDialogProps {
  open: boolean;
  title: string;
  /** "Delete entry": the button that deletes. */
  confirmLabel: string;
  request: DeleteRequest;
  onConfirm: () => void;
  /** Called once the request's error, if any, is cleared. */
  onCancel: () => void;
  /** What goes with it, and that it cannot be undone. */
  children: ReactNode;
}

/**
 * Asks before deleting something: the danger confirmation, which shows the request running and,
 * should it fail, why, until the person tries again or cancels.
 */
export function DeleteDialog({
  open,
  title,
  confirmLabel,
  request,
  onConfirm,
  onCancel,
  children,
}: DeleteDialogProps) {
  return (
    <ConfirmDialog
      open={open}
      title={title}
      tone="danger"
      confirmLabel={confirmLabel}
      pendingLabel="Deleting…"
      pending={request.isPending}
      onConfirm={onConfirm}
      onCancel={() => {
        request.reset();
        onCancel();
      }}
    >
      {children}
      {request.isError && (
        <Notice tone="danger" role="alert">
          {messageOf(request.error)}
        </Notice>
      )}
    </ConfirmDialog>
  );
}
