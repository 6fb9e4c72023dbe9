import type { ActionItem, Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { DeleteDialog } from '../../../components/ConfirmDialog.tsx';
import { useEntryChanges } from '../../../components/entries.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { plural } from '../../goals/components/detail/family.ts';
import { useDeleteActionItem } from '../api/actionItems.ts';
import { ActionItemEntry } from './ActionItemEntry.tsx';
import { overdueCount } from './due.ts';
import './mentoring.css';
import './entries.css';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';

export interface ActionItemListProps {
  mentorship: Mentorship;
  /** Open first, by due date, as the API sends them. */
  items: readonly ActionItem[];
  /** The titles of the goals the items serve, as far as I may see them; and where each leads. */
  goals: ReadonlyMap<string, { title: string; to: string }>;
  today: string;
  countId: string;
}

/** The action items: ticked done by either side, changed and deleted by whoever added them. */
export function ActionItemList({ mentorship, items, goals, today, countId }: ActionItemListProps) {
  const remove = useDeleteActionItem();
  const showStatus = useStatus();
  const changes = useEntryChanges<ActionItem>();
  const target = changes.deleting;
  const open = items.filter((i) => !i.done).length;
  const late = overdueCount(items, today);

  function confirmDelete() {
    if (!target) return;
    remove.mutate(target.id, {
      onSuccess: () => {
        showStatus(`“${target.title}” deleted.`);
        changes.stopDeleting();
        focusWhenDrawn(countId);
      },
    });
  }

  return (
    <>
      <p className="mentoring-count" id={countId} tabIndex={-1}>
        {items.length === 0
          ? 'No action items yet.'
          : `${plural(open, 'open item', 'open items')}${late > 0 ? `, ${late} overdue` : ''}, ${items.length - open} done`}
      </p>
      {items.length > 0 && (
        <ul className="action-list" aria-label="Action items, open first">
          {items.map((item) => (
            <ActionItemEntry
              key={item.id}
              item={item}
              mentorship={mentorship}
              goal={item.goalId ? goals.get(item.goalId) : undefined}
              today={today}
              {...changes.entryProps(item)}
            />
          ))}
        </ul>
      )}
      <DeleteDialog
        open={target !== null}
        title="Delete this action item?"
        confirmLabel="Delete action item"
        request={remove}
        onConfirm={confirmDelete}
        onCancel={changes.stopDeleting}
      >
        {target && <p>“{target.title}” goes for both of you. This cannot be undone.</p>}
      </DeleteDialog>
    </>
  );
}
