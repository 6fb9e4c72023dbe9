import type { MentoringSession, Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { DeleteDialog } from '../../../components/ConfirmDialog.tsx';
import { EditDeleteActions } from '../../../components/EditDeleteActions.tsx';
import { type EntryChangeProps, useEditInPlace, useEntryChanges } from '../../../components/entries.tsx';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useMe } from '../../accounts/api/session.ts';
import { plural } from '../../goals/components/detail/family.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { useDeleteSession, useUpdateSession } from '../api/sessions.ts';
import { sessionValues, timeOfDay } from './entryFormValues.ts';
import { canChange } from './permissions.ts';
import { SessionForm } from './SessionForm.tsx';
import './mentoring.css';
import './entries.css';

export interface SessionListProps {
  mentorship: Mentorship;
  /** Newest first, as the API sends them. */
  sessions: readonly MentoringSession[];
  /** The id of the count line, where focus goes once a session is deleted. */
  countId: string;
}

/** The sessions, newest first: who wrote each, its agenda and notes, my private notes; mine to change. */
export function SessionList({ mentorship, sessions, countId }: SessionListProps) {
  const remove = useDeleteSession();
  const showStatus = useStatus();
  const changes = useEntryChanges<MentoringSession>();
  const target = changes.deleting;

  function confirmDelete() {
    if (!target) return;
    remove.mutate(target.id, {
      onSuccess: () => {
        showStatus(`Session of ${formatDate(target.date)} deleted.`);
        changes.stopDeleting();
        focusWhenDrawn(countId);
      },
    });
  }

  return (
    <>
      <p className="mentoring-count" id={countId} tabIndex={-1}>
        {sessions.length === 0
          ? 'No sessions recorded yet.'
          : `${plural(sessions.length, 'session', 'sessions')}, newest first`}
      </p>
      {sessions.length > 0 && (
        <ol className="mentoring-session-list" aria-label="Sessions, newest first">
          {sessions.map((session) => (
            <SessionItem
              key={session.id}
              session={session}
              mentorship={mentorship}
              {...changes.entryProps(session)}
            />
          ))}
        </ol>
      )}
      <DeleteDialog
        open={target !== null}
        title="Delete this session?"
        confirmLabel="Delete session"
        request={remove}
        onConfirm={confirmDelete}
        onCancel={changes.stopDeleting}
      >
        {target && (
          <p>
            The session of {formatDate(target.date)}, with its notes and your private notes, goes for both of
            you. This cannot be undone.
          </p>
        )}
      </DeleteDialog>
    </>
  );
}

interface SessionItemProps extends EntryChangeProps {
  session: MentoringSession;
  mentorship: Mentorship;
}

function SessionItem({ session, mentorship, editing, onEdit, onDelete }: SessionItemProps) {
  const update = useUpdateSession();
  const edit = useEditInPlace({ editing, onEdit }, '.mentoring-session__edit', update);
  const timeZone = useMe().data?.timezone ?? 'UTC';
  const when = formatDate(session.date);
  const mine = canChange(session, mentorship);
  // Its time as my zone reads it, and how long it lasted: "14:30 · 45 min".
  const at = [
    session.startsAt && timeOfDay(session.startsAt, timeZone),
    session.minutes !== null && `${session.minutes} min`,
  ]
    .filter(Boolean)
    .join(' · ');

  if (editing) {
    return (
      <li ref={edit.ref} className="mentoring-session mentoring-session--editing">
        <SessionForm
          idPrefix={`edit-${session.id}`}
          initial={sessionValues(session, timeZone)}
          {...edit.form}
          onSubmit={(body) =>
            update.mutate(
              { id: session.id, body },
              { onSuccess: (saved) => edit.saved(`Session of ${formatDate(saved.date)} saved.`) },
            )
          }
        />
      </li>
    );
  }

  return (
    <li ref={edit.ref} className="mentoring-session">
      <h3 className="mentoring-session__title">
        <time dateTime={session.startsAt ?? session.date}>
          {when}
          {at && `, ${at}`}
        </time>
        <span className="mentoring-session__by">
          {' '}
          · {session.byMe ? 'recorded by you' : `recorded by ${session.authorName}`}
        </span>
      </h3>
      {session.agenda || session.notes || session.privateNotes ? (
        <dl className="mentoring-session__parts">
          {session.agenda && (
            <div>
              <dt>Agenda</dt>
              <dd>{session.agenda}</dd>
            </div>
          )}
          {session.notes && (
            <div>
              <dt>Notes</dt>
              <dd>{session.notes}</dd>
            </div>
          )}
          {session.privateNotes && (
            <div className="mentoring-session__private">
              <dt>Your private notes (only you see these)</dt>
              <dd>{session.privateNotes}</dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="muted">No notes.</p>
      )}
      {mine && (
        <EditDeleteActions
          block="mentoring-session"
          what={`the session of ${when}`}
          onEdit={() => onEdit(true)}
          onDelete={onDelete}
        />
      )}
    </li>
  );
}
