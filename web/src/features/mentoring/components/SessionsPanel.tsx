import type { Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { useState } from 'react';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { useCreateSession, useSessions } from '../api/sessions.ts';
import { newSessionValues } from './entryFormValues.ts';
import { SessionForm } from './SessionForm.tsx';
import { SessionList } from './SessionList.tsx';
import './entries.css';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';

export interface PanelProps {
  mentorship: Mentorship;
  today: string;
  /** False once the mentorship is not active: its entries are there to read. */
  writable: boolean;
}

/** A mentorship's sessions, newest first, and (while active) a folded form to record one. */
export function SessionsPanel({ mentorship: m, today, writable }: PanelProps) {
  const sessions = useSessions(m.id);
  const create = useCreateSession(m.id);
  const showStatus = useStatus();
  const [formKey, setFormKey] = useState(0);

  return (
    <Panel
      id="sessions"
      title="Sessions"
      description={
        <p>
          What you met about and agreed. Both of you see the agenda and notes; private notes stay with whoever
          wrote them.
        </p>
      }
    >
      {writable && (
        <details className="add-details" id="add-session">
          <summary className="add-details__summary">Record a session</summary>
          <SessionForm
            key={formKey}
            idPrefix="new-session"
            initial={newSessionValues(today)}
            submitLabel="Record session"
            pendingLabel="Recording…"
            pending={create.isPending}
            serverError={create.error}
            onSubmit={(body, reset) =>
              create.mutate(body, {
                onSuccess: (session) => {
                  showStatus(`Session of ${formatDate(session.date)} recorded.`);
                  reset();
                  create.reset();
                  setFormKey((k) => k + 1);
                  focusWhenDrawn('sessions-count');
                },
              })
            }
          />
        </details>
      )}
      {sessions.isPending && <Loading label="Loading the sessions…" />}
      {sessions.isError && <LoadError error={sessions.error} onRetry={() => void sessions.refetch()} />}
      {sessions.data && <SessionList mentorship={m} sessions={sessions.data} countId="sessions-count" />}
    </Panel>
  );
}
