import type { MentoringSession, Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { useRef, useState } from 'react';
import { messageOf } from '../../../api/errors.ts';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useFocusAfterEditing } from '../../../components/useFocusAfterEditing.ts';
import { useMe } from '../../accounts/api/session.ts';
import { plural } from '../../goals/components/detail/family.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { useDeleteSession, useUpdateSession } from '../api/sessions.ts';
import { sessionValues, timeOfDay } from './entryFormValues.ts';
import { canChange } from './permissions.ts';
import { SessionForm } from './SessionForm.tsx';
import './mentoring.css';
import './entries.css';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';

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
  const [editing, setEditing] = useState<string | null>(null);
  const [target, setTarget] = useState<MentoringSession | null>(null);

  function confirmDelete() {
    if (!target) return;
    remove.mutate(target.id, {
      onSuccess: () => {
        showStatus(`Session of ${formatDate(target.date)} deleted.`);
        setTarget(null);
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
              editing={editing === session.id}
              onEdit={(on) => setEditing(on ? session.id : null)}
              onDelete={() => setTarget(session)}
            />
          ))}
        </ol>
      )}
      <ConfirmDialog
        open={target !== null}
        title="Delete this session?"
        tone="danger"
        confirmLabel="Delete session"
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
            The session of {formatDate(target.date)}, with its notes and your private notes, goes for both of
            you. This cannot be undone.
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

interface SessionItemProps {
  session: MentoringSession;
  mentorship: Mentorship;
  editing: boolean;
  onEdit: (editing: boolean) => void;
  onDelete: () => void;
}

function SessionItem({ session, mentorship, editing, onEdit, onDelete }: SessionItemProps) {
  const update = useUpdateSession();
  const showStatus = useStatus();
  const item = useRef<HTMLLIElement>(null);
  const returnFocus = useFocusAfterEditing(editing, item, '.mentoring-session__edit');
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

  function close() {
    // The form is gone once drawn closed; focus goes back where the person started.
    returnFocus();
    onEdit(false);
    update.reset();
  }

  if (editing) {
    return (
      <li ref={item} className="mentoring-session mentoring-session--editing">
        <SessionForm
          idPrefix={`edit-${session.id}`}
          initial={sessionValues(session, timeZone)}
          submitLabel="Save changes"
          pendingLabel="Saving…"
          pending={update.isPending}
          serverError={update.error}
          onCancel={close}
          onSubmit={(body) =>
            update.mutate(
              { id: session.id, body },
              {
                onSuccess: (saved) => {
                  showStatus(`Session of ${formatDate(saved.date)} saved.`);
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
    <li ref={item} className="mentoring-session">
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
        <div className="mentoring-session__actions">
          <Button
            variant="quiet"
            className="mentoring-session__edit"
            onClick={() => onEdit(true)}
            aria-label={`Edit the session of ${when}`}
          >
            Edit
          </Button>
          <Button
            variant="quiet"
            className="button--quiet-danger"
            onClick={onDelete}
            aria-label={`Delete the session of ${when}`}
          >
            Delete
          </Button>
        </div>
      )}
    </li>
  );
}
