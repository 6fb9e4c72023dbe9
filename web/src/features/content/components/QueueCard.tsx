import type { Content } from '@shared/content/content.schema.ts';
import { useState } from 'react';
import { messageOf } from '../../../api/errors.ts';
import { Button } from '../../../components/Button.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { useUpdateContent } from '../api/content.ts';
import type { ContentArrival } from './arrival.ts';
import { DoneForm } from './DoneForm.tsx';
import { entryHeadingId, focusSoon } from './focus.ts';
import { amountTexts, bylineOf, dayOf } from './format.ts';
import { KIND_LABELS } from './labels.ts';

export interface QueueCardProps {
  entry: Content;
  today: string;
  /** The heading to focus once this entry leaves the queue (done): the next one's. */
  after: string | null;
}

/**
 * One entry of the queue, or one in progress: what it is and how long, Start (when queued), Done
 * (which asks, in place, for the date, the minutes, a rating and takeaways) and Edit.
 */
export function QueueCard({ entry, today, after }: QueueCardProps) {
  const start = useUpdateContent();
  const showStatus = useStatus();
  const [finishing, setFinishing] = useState(false);
  const byline = bylineOf(entry);
  const added = dayOf(entry.createdAt);
  const doneButton = `${entryHeadingId(entry.id)}-done`;

  function onStart() {
    start.mutate(
      { id: entry.id, body: { status: 'in_progress' } },
      {
        onSuccess: () => {
          showStatus(`You started “${entry.title}”.`);
          focusSoon(entryHeadingId(entry.id));
        },
      },
    );
  }

  function onDone(saved: Content) {
    showStatus(
      `“${saved.title}” is done: it is in your log, dated ${formatDate(saved.consumedOn ?? today)}.`,
    );
    focusSoon(after);
  }

  return (
    <li className="queue-card">
      <h4 className="queue-card__title" id={entryHeadingId(entry.id)} tabIndex={-1}>
        {entry.url ? <a href={entry.url}>{entry.title}</a> : entry.title}
      </h4>
      <p className="queue-card__meta">
        <span>{KIND_LABELS[entry.kind]}</span>
        {byline && <span>{byline}</span>}
        {amountTexts(entry).map((text) => (
          <span key={text}>{text}</span>
        ))}
        {added && <span>Added {added}</span>}
      </p>
      {finishing ? (
        <DoneForm
          entry={entry}
          today={today}
          onDone={onDone}
          onCancel={() => {
            setFinishing(false);
            focusSoon(doneButton);
          }}
        />
      ) : (
        <div className="queue-card__actions">
          {entry.status === 'queued' && (
            <Button
              className="button--small"
              aria-describedby={entryHeadingId(entry.id)}
              pending={start.isPending}
              pendingLabel="Starting…"
              onClick={onStart}
            >
              Start
            </Button>
          )}
          <Button
            id={doneButton}
            variant="primary"
            className="button--small"
            aria-describedby={entryHeadingId(entry.id)}
            disabled={start.isPending}
            onClick={() => setFinishing(true)}
          >
            Done…
          </Button>
          <ButtonLink
            variant="quiet"
            size="small"
            to={`/content/${entry.id}/edit`}
            state={{ from: '/content/queue' } satisfies ContentArrival}
            aria-describedby={entryHeadingId(entry.id)}
          >
            Edit
          </ButtonLink>
        </div>
      )}
      {start.isError && (
        <Notice tone="danger" role="alert">
          {messageOf(start.error)}
        </Notice>
      )}
    </li>
  );
}
