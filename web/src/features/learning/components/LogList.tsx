import type { Goal } from '@shared/goals/goal.schema.ts';
import type { LearningActivity, LogEntry } from '@shared/learning/learning.schema.ts';
import { formatQuantity } from '@shared/numbers.ts';
import { useRef, useState } from 'react';
import { messageOf } from '../../../api/errors.ts';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useFocusAfterEditing } from '../../../components/useFocusAfterEditing.ts';
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
  const [editing, setEditing] = useState<string | null>(null);
  const [target, setTarget] = useState<LogEntry | null>(null);
  const total = entries.reduce((sum, e) => sum + e.minutes, 0);

  function confirmDelete() {
    if (!target) return;
    remove.mutate(target.id, {
      onSuccess: () => {
        showStatus(`${formatMinutes(target.minutes)} of ${formatDate(target.date)} deleted.`);
        setTarget(null);
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
              editing={editing === entry.id}
              onEdit={(on) => setEditing(on ? entry.id : null)}
              onDelete={() => setTarget(entry)}
            />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={target !== null}
        title="Delete this entry?"
        tone="danger"
        confirmLabel="Delete entry"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => {
          remove.reset();
          setTarget(null);
        }}
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
        {remove.isError && (
          <Notice tone="danger" role="alert">
            {messageOf(remove.error)}
          </Notice>
        )}
      </ConfirmDialog>
    </>
  );
}

interface LogItemProps {
  entry: LogEntry;
  activity: LearningActivity;
  goal: Goal | undefined;
  today: string;
  editing: boolean;
  onEdit: (editing: boolean) => void;
  onDelete: () => void;
}

function LogItem({ entry, activity, goal, today, editing, onEdit, onDelete }: LogItemProps) {
  const update = useUpdateLog();
  const showStatus = useStatus();
  const item = useRef<HTMLLIElement>(null);
  const returnFocus = useFocusAfterEditing(editing, item, '.log-entry__edit');
  const when = formatDate(entry.date);
  const time = formatMinutes(entry.minutes);
  const fed = feedText(entry, activity.goalId, goal);

  function close() {
    // The form is gone once drawn closed; focus goes back where the person started.
    returnFocus();
    onEdit(false);
    update.reset();
  }

  if (editing) {
    return (
      <li ref={item} className="log-entry log-entry--editing">
        <LogForm
          idPrefix={`edit-${entry.id}`}
          today={today}
          initial={{ date: entry.date, minutes: String(entry.minutes), note: entry.note }}
          submitLabel="Save changes"
          pendingLabel="Saving…"
          pending={update.isPending}
          serverError={update.error}
          onCancel={close}
          onSubmit={(body) =>
            update.mutate(
              { id: entry.id, body },
              {
                onSuccess: (saved) => {
                  const again = feedText(saved, activity.goalId, goal);
                  showStatus(
                    `Entry of ${formatDate(saved.date)} saved: ${formatMinutes(saved.minutes)}.${again ? ` ${again}` : ''}`,
                  );
                  close();
                },
              },
            )
          }
        />
      </li>
    );
  }

  return (
    <li ref={item} className="log-entry">
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
      <div className="log-entry__actions">
        <Button
          variant="quiet"
          className="log-entry__edit"
          onClick={() => onEdit(true)}
          aria-label={`Edit the entry of ${when} (${time})`}
        >
          Edit
        </Button>
        <Button
          variant="quiet"
          className="button--quiet-danger"
          onClick={onDelete}
          aria-label={`Delete the entry of ${when} (${time})`}
        >
          Delete
        </Button>
      </div>
    </li>
  );
}
