import type { Content } from '@shared/content/content.schema.ts';
import { useState } from 'react';
import { messageOf } from '../../../api/errors.ts';
import { Button } from '../../../components/Button.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useDeleteContent, useUpdateContent } from '../api/content.ts';
import { entryHeadingId, focusSoon } from './focus.ts';
import { type QuickAction, quickActions } from './quickActions.ts';

/** An entry's status changes, Edit and Delete. Focus follows the entry wherever the list moves it. */
export function EntryActions({ entry, today, from }: { entry: Content; today: string; from: string }) {
  const update = useUpdateContent();
  const remove = useDeleteContent();
  const showStatus = useStatus();
  const [acting, setActing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  function act(action: QuickAction) {
    setActing(action.key);
    update.mutate(
      { id: entry.id, body: action.body },
      {
        onSuccess: () => {
          showStatus(action.said(entry.title));
          focusSoon(entryHeadingId(entry.id));
        },
        onSettled: () => setActing(null),
      },
    );
  }

  function confirmDelete() {
    remove.mutate(entry.id, {
      onSuccess: () => {
        setConfirming(false);
        showStatus(`“${entry.title}” was deleted.`);
        focusSoon(null);
      },
    });
  }

  return (
    <div className="entry-card__actions">
      <div className="entry-card__buttons">
        {quickActions(entry.status, today).map((action) => (
          <Button
            key={action.key}
            className="button--small"
            pending={acting === action.key}
            disabled={acting !== null}
            aria-describedby={entryHeadingId(entry.id)}
            onClick={() => act(action)}
          >
            {action.label}
          </Button>
        ))}
        <ButtonLink
          variant="quiet"
          size="small"
          to={`/content/${entry.id}/edit`}
          state={{ from }}
          aria-describedby={entryHeadingId(entry.id)}
        >
          Edit
        </ButtonLink>
        <Button
          variant="quiet"
          className="button--quiet-danger"
          aria-describedby={entryHeadingId(entry.id)}
          onClick={() => setConfirming(true)}
        >
          Delete…
        </Button>
      </div>
      {update.isError && (
        <Notice tone="danger" role="alert">
          {messageOf(update.error)}
        </Notice>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Delete “${entry.title}”?`}
        tone="danger"
        confirmLabel="Delete entry"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => {
          remove.reset();
          setConfirming(false);
        }}
      >
        <p>{deleteWarning(entry)}</p>
        {remove.isError && (
          <Notice tone="danger" role="alert">
            {messageOf(remove.error)}
          </Notice>
        )}
      </ConfirmDialog>
    </div>
  );
}

/** What deleting an entry takes with it. */
function deleteWarning(entry: Content): string {
  const ledger =
    entry.status === 'done' && entry.skillIds.length > 0 ? ', and its minutes leave your skills’ ledger' : '';
  return `It leaves your log with its takeaways${ledger}. This cannot be undone.`;
}
