import type { ActionItem, Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../../api/errors.ts';
import { EditDeleteActions } from '../../../components/EditDeleteActions.tsx';
import { type EntryChangeProps, useEditInPlace } from '../../../components/entries.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useUpdateActionItem } from '../api/actionItems.ts';
import { ActionItemForm } from './ActionItemForm.tsx';
import { itemDue } from './due.ts';
import { actionItemValues } from './entryFormValues.ts';
import { otherName, partyName } from './mentorshipText.ts';
import { canChange, canTick } from './permissions.ts';
import './entries.css';
import './mentoring.css';

export interface ActionItemEntryProps extends EntryChangeProps {
  item: ActionItem;
  mentorship: Mentorship;
  goal: { title: string; to: string } | undefined;
  today: string;
}

/** "For you", "For Bob Stone": who an item is for. */
function forWhom(item: ActionItem, m: Mentorship): string {
  return item.mine ? 'For you' : `For ${partyName(item.assignee === 'mentor' ? m.mentor : m.mentee)}`;
}

/**
 * One action item: a box to tick it done (either side, while active), for whom, when it is due (late
 * ones said so), the goal it serves; Edit (inline) and Delete for whoever added it.
 */
export function ActionItemEntry({
  item,
  mentorship,
  goal,
  today,
  editing,
  onEdit,
  onDelete,
}: ActionItemEntryProps) {
  const update = useUpdateActionItem();
  const tick = useUpdateActionItem();
  const showStatus = useStatus();
  const edit = useEditInPlace({ editing, onEdit }, '.action-item__edit', update);
  const due = itemDue(item, today);
  const checkId = `action-${item.id}`;
  const mine = canChange(item, mentorship);

  // The tick shows at once while it is saved (and goes back if saving fails).
  const [ticking, setTicking] = useState<boolean | null>(null);

  function toggle(done: boolean) {
    setTicking(done);
    tick.mutate(
      { id: item.id, body: { done } },
      {
        onSuccess: () => showStatus(done ? `“${item.title}” is done.` : `“${item.title}” is open again.`),
        onSettled: () => setTicking(null),
      },
    );
  }

  if (editing) {
    return (
      <li ref={edit.ref} className="action-item action-item--editing">
        <ActionItemForm
          idPrefix={`edit-${item.id}`}
          initial={actionItemValues(item)}
          assignees={[]}
          {...edit.form}
          onChange={(body) =>
            update.mutate(
              { id: item.id, body },
              { onSuccess: (saved) => edit.saved(`“${saved.title}” saved.`) },
            )
          }
        />
      </li>
    );
  }

  return (
    <li ref={edit.ref} className={item.done ? 'action-item action-item--done' : 'action-item'}>
      <div className="action-item__check">
        <input
          type="checkbox"
          id={checkId}
          checked={ticking ?? item.done}
          disabled={!canTick(mentorship)}
          aria-describedby={`${checkId}-facts`}
          onChange={(e) => {
            if (ticking === null) toggle(e.target.checked);
          }}
        />
        <label htmlFor={checkId} className="action-item__title">
          <span className="visually-hidden">Done: </span>
          {item.title}
        </label>
      </div>
      <p className="action-item__facts" id={`${checkId}-facts`}>
        <span>{forWhom(item, mentorship)}</span>
        {due && (
          <span className={due.overdue ? 'mentoring-overdue' : undefined}>
            {due.text}
            {due.date && (
              <>
                {due.text === 'Done on' ? ' ' : ' · '}
                {due.date}
              </>
            )}
          </span>
        )}
        {goal && (
          <span>
            Goal: <Link to={goal.to}>{goal.title}</Link>
          </span>
        )}
        {!item.byMe && <span>Added by {otherName(mentorship)}</span>}
      </p>
      {tick.isError && (
        <p className="field__error" role="alert">
          {messageOf(tick.error)}
        </p>
      )}
      {mine && (
        <EditDeleteActions
          block="action-item"
          what={`“${item.title}”`}
          onEdit={() => onEdit(true)}
          onDelete={onDelete}
        />
      )}
    </li>
  );
}
