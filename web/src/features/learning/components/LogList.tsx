import type { Goal } from '@shared/goals/goal.schema.ts';
import type { LearningActivity, LogEntry } from '@shared/learning/learning.schema.ts';
import { formatQuantity } from '@shared/numbers.ts';
import { useRef } from 'react';
import { DeleteDialog } from '../../../components/ConfirmDialog.tsx';
import { EditDeleteActions } from '../../../components/EditDeleteActions.tsx';
import { type EntryChangeProps, useEditInPlace, useEntryChanges } from '../../../components/entries.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { plural } from '../../goals/components/detail/family.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { useDeleteLog, useUpdateLog } from '../api/learning.ts';
import { formatMinutes } from './duration.ts';
import { feedText } from './goalFeed.ts';
import { LogForm } from './LogForm.tsx';

export interface LogListProps {
  activity: LearningActivity;
  /** The time log, newest first as the API sends it. */
  entries: readonly LogEntry[];
  /** The goal the activity feeds, once known. */
  goal: Goal | undefined;
  today: string;
}

/** The time logged on an activity, newest first: each entry to change (inline) or delete. */
export function LogList({ activity, entries, goal, today }: LogListProps) {
  const remove = useDeleteLog();
  const showStatus = useStatus();
  const count = useRef<HTMLParagraphElement>(null);
  const changes = useEntryChanges<LogEntry>();
  const target = changes.deleting;
  const total = entries.reduce((sum, e) => sum + e.minutes, 0);

  function confirmDelete() {
    if (!target) return;
    remove.mutate(target.id, {
      onSuccess: () => {
        showStatus(`${formatMinutes(target.minutes)} of ${formatDate(target.date)} deleted.`);
        changes.stopDeleting();
        count.current?.focus();
      },
    });
  }

  return (
    <>
      <p className="log-list__count" ref={count} tabIndex={-1}>
        {entries.length === 0
          ? 'No time logged yet. Log the first session with the form.'
          : `${plural(entries.length, 'entry', 'entries')}, ${formatMinutes(total)} in all, newest first`}
      </p>
      {entries.length > 0 && (
        <ul className="log-list" aria-label={`Time logged on ${activity.title}`}>
          {entries.map((entry) => (
            <LogItem
              key={entry.id}
              entry={entry}
              activity={activity}
              goal={goal}
              today={today}
              {...changes.entryProps(entry)}
            />
          ))}
        </ul>
      )}
      <DeleteDialog
        open={target !== null}
        title="Delete this entry?"
        confirmLabel="Delete entry"
        request={remove}
        onConfirm={confirmDelete}
        onCancel={changes.stopDeleting}
      >
        {target && (
          <p>
            {formatMinutes(target.minutes)} on {formatDate(target.date)} will be removed from “
            {activity.title}”
            {target.checkIn && goal?.metric
              ? `, with its check-in of ${formatQuantity(target.checkIn.value, goal.metric.unit, 2)} on ‘${goal.title}’`
              : ''}
            . This cannot be undone.
          </p>
        )}
      </DeleteDialog>
    </>
  );
}

interface LogItemProps extends EntryChangeProps {
  entry: LogEntry;
  activity: LearningActivity;
  goal: Goal | undefined;
  today: string;
}

function LogItem({ entry, activity, goal, today, editing, onEdit, onDelete }: LogItemProps) {
  const update = useUpdateLog();
  const edit = useEditInPlace({ editing, onEdit }, '.log-entry__edit', update);
  const when = formatDate(entry.date);
  const time = formatMinutes(entry.minutes);
  const fed = feedText(entry, activity.goalId, goal);

  if (editing) {
    return (
      <li ref={edit.ref} className="log-entry log-entry--editing">
        <LogForm
          idPrefix={`edit-${entry.id}`}
          today={today}
          initial={{ date: entry.date, minutes: String(entry.minutes), note: entry.note }}
          {...edit.form}
          onSubmit={(body) =>
            update.mutate(
              { id: entry.id, body },
              {
                onSuccess: (saved) => {
                  const again = feedText(saved, activity.goalId, goal);
                  edit.saved(
                    `Entry of ${formatDate(saved.date)} saved: ${formatMinutes(saved.minutes)}.${again ? ` ${again}` : ''}`,
                  );
                },
              },
            )
          }
        />
      </li>
    );
  }

  return (
    <li ref={edit.ref} className="log-entry">
      <div className="log-entry__main">
        <p className="log-entry__line">
          <time className="log-entry__date" dateTime={entry.date}>
            {when}
          </time>
          <span className="log-entry__time">{time}</span>
        </p>
        {entry.note && <p className="log-entry__note">{entry.note}</p>}
        {fed && <p className="log-entry__fed">{fed}</p>}
      </div>
      <EditDeleteActions
        block="log-entry"
        what={`the entry of ${when} (${time})`}
        onEdit={() => onEdit(true)}
        onDelete={onDelete}
      />
    </li>
  );
}
