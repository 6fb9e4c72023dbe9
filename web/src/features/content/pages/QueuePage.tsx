import type { Content } from '@shared/content/content.schema.ts';
import { Link } from 'react-router';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { plural } from '../../goals/components/detail/family.ts';
import { useToday } from '../../goals/components/widgets/dates.ts';
import { useContentList } from '../api/content.ts';
import { useFocusOnArrival } from '../components/arrival.ts';
import { entryHeadingId } from '../components/focus.ts';
import { QueueCard } from '../components/QueueCard.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';

/**
 * The queue: what the person is on now, then what they mean to read, hear or watch, newest added
 * first. Starting one moves it up; finishing one asks how it went and moves it to the log.
 */
export function QueuePage() {
  useDocumentTitle('Queue · Content');
  const started = useContentList({ status: 'in_progress' });
  const queued = useContentList({ status: 'queued' });
  const today = useToday();
  const ready = started.isSuccess && queued.isSuccess;
  // Lists kept from before are refetched first: the entry arrived for is in the next answer.
  useFocusOnArrival(ready && !started.isFetching && !queued.isFetching);
  const all = [...(started.data ?? []), ...(queued.data ?? [])];
  /** The heading focus moves to when `entry` leaves the queue: the next entry's, else the one before. */
  const after = (entry: Content) => {
    const at = all.findIndex((e) => e.id === entry.id);
    const next = all[at + 1] ?? all[at - 1];
    return next ? entryHeadingId(next.id) : null;
  };

  return (
    <section className="queue-section" aria-labelledby="content-section-title">
      <SectionHeading
        title="Queue"
        lead="What you are on now, and what you mean to read, hear or watch next."
      />
      {(started.isPending || queued.isPending) && <Loading label="Loading your queue…" />}
      {started.isError && <LoadError error={started.error} onRetry={() => void started.refetch()} />}
      {queued.isError && <LoadError error={queued.error} onRetry={() => void queued.refetch()} />}
      {ready && all.length === 0 && (
        <div className="empty-line">
          <p>
            Your queue is empty. Queue an episode or an article from your{' '}
            <Link to="/content/inbox">inbox</Link>, or{' '}
            <Link to="/content/new" state={{ from: '/content/queue' }}>
              log something
            </Link>{' '}
            you mean to read.
          </p>
        </div>
      )}
      {ready && started.data.length > 0 && (
        <QueueGroup
          id="queue-started"
          title="In progress"
          entries={started.data}
          today={today}
          after={after}
        />
      )}
      {ready && queued.data.length > 0 && (
        <QueueGroup id="queue-next" title="Up next" entries={queued.data} today={today} after={after} />
      )}
    </section>
  );
}

function QueueGroup({
  id,
  title,
  entries,
  today,
  after,
}: {
  id: string;
  title: string;
  entries: Content[];
  today: string;
  after: (entry: Content) => string | null;
}) {
  return (
    <section className="queue-group" aria-labelledby={`${id}-title`}>
      <h3 className="queue-group__title" id={`${id}-title`}>
        {title} <span className="queue-group__count">{plural(entries.length, 'entry', 'entries')}</span>
      </h3>
      <ul className="queue-list">
        {entries.map((entry) => (
          <QueueCard key={entry.id} entry={entry} today={today} after={after(entry)} />
        ))}
      </ul>
    </section>
  );
}
