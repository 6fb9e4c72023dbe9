import type { InboxItem } from '@shared/content/feed.schema.ts';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../../api/errors.ts';
import { Button } from '../../../components/Button.tsx';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { plural } from '../../goals/components/detail/family.ts';
import { useDismissItem, useFeeds, useInbox, useQueueItem } from '../api/feeds.ts';
import type { ContentArrival } from '../components/arrival.ts';
import { focusSoon, focusWhenArrived } from '../components/focus.ts';
import { dayOf, minutesText } from '../components/format.ts';
import { KIND_LABELS } from '../components/labels.ts';
import { SectionHeading } from '../components/SectionHeading.tsx';

const itemHeadingId = (id: string) => `item-${id}`;

interface Queued {
  title: string;
  contentId: string;
  kind: keyof typeof KIND_LABELS;
}

/**
 * The inbox: what the feeds published that the person has neither queued nor dismissed, newest
 * first, a page at a time. Queueing one says so where it happened, with links to the entry.
 */
export function InboxPage() {
  useDocumentTitle('Inbox · Content');
  const inbox = useInbox();
  const feeds = useFeeds();
  const items = inbox.data?.pages.flatMap((p) => p.items) ?? [];
  const [queued, setQueued] = useState<Queued | null>(null);
  const notice = useRef<HTMLDivElement>(null);

  function onQueued(next: Queued) {
    setQueued(next);
    focusWhenDrawn(() => notice.current);
  }

  /** The item focus moves to once `item` leaves the list: the next one, else the one before. */
  function neighbour(item: InboxItem): string | null {
    const at = items.findIndex((i) => i.id === item.id);
    const next = items[at + 1] ?? items[at - 1];
    return next ? itemHeadingId(next.id) : null;
  }

  function showMore() {
    // Focus the first item added, so the keyboard carries on where the list grew.
    const before = items.length;
    void inbox.fetchNextPage().then((result) => {
      const first = result.data?.pages.flatMap((p) => p.items)[before];
      if (first) focusWhenArrived(itemHeadingId(first.id));
    });
  }

  const count = inbox.hasNextPage
    ? `${items.length} new items shown, more to come.`
    : `${plural(items.length, 'new item')}.`;

  return (
    <section className="inbox-section" aria-labelledby="content-section-title">
      <SectionHeading
        title="Inbox"
        lead="New from the feeds you follow, newest first. Queue what you mean to read or hear; dismiss the rest."
      />
      {queued && (
        <div className="notice content-queued" ref={notice} tabIndex={-1}>
          <p>
            <strong>“{queued.title}”</strong> is in your queue as {article(KIND_LABELS[queued.kind])}.
          </p>
          <p>
            <Link to="/content/queue" state={{ focus: queued.contentId } satisfies ContentArrival}>
              See it in your queue
            </Link>
            <span aria-hidden="true"> · </span>
            <Link
              to={`/content/${queued.contentId}/edit`}
              state={{ from: '/content/inbox' } satisfies ContentArrival}
            >
              Edit the entry
            </Link>
          </p>
        </div>
      )}
      {inbox.isPending && <Loading label="Loading your inbox…" />}
      {inbox.isError && <LoadError error={inbox.error} onRetry={() => void inbox.refetch()} />}
      {inbox.isSuccess && (
        <p className="content-count" role="status">
          {items.length > 0 ? count : ''}
        </p>
      )}
      {inbox.isSuccess && items.length === 0 && (
        <div className="empty-line">
          {feeds.data?.length === 0 ? (
            <p>
              Your inbox fills from the feeds you follow, and you follow none yet.{' '}
              <Link to="/content/feeds">Follow a podcast or a blog</Link>.
            </p>
          ) : (
            <p>
              Nothing new: you have queued or dismissed everything your feeds published. Trellis looks for new
              items every few hours; <Link to="/content/feeds">refresh a feed</Link> to look now.
            </p>
          )}
        </div>
      )}
      {items.length > 0 && (
        <ul className="inbox-list" aria-label="New items">
          {items.map((item) => (
            <InboxRow key={item.id} item={item} neighbour={neighbour(item)} onQueued={onQueued} />
          ))}
        </ul>
      )}
      {inbox.hasNextPage && (
        <div className="content-more">
          <Button pending={inbox.isFetchingNextPage} pendingLabel="Loading more items…" onClick={showMore}>
            Show more items
          </Button>
        </div>
      )}
    </section>
  );
}

function InboxRow({
  item,
  neighbour,
  onQueued,
}: {
  item: InboxItem;
  neighbour: string | null;
  onQueued: (queued: Queued) => void;
}) {
  const queue = useQueueItem();
  const dismiss = useDismissItem();
  const showStatus = useStatus();
  const title = item.title ?? item.url ?? 'Untitled item';
  const day = dayOf(item.publishedAt);
  const busy = queue.isPending || dismiss.isPending;
  const failed = queue.error ?? dismiss.error;

  return (
    <li className="inbox-item">
      <h3 className="inbox-item__title" id={itemHeadingId(item.id)} tabIndex={-1}>
        {item.url ? <a href={item.url}>{title}</a> : title}
      </h3>
      <p className="inbox-item__meta">
        <span className="inbox-item__feed">{item.feedTitle}</span>
        {day && item.publishedAt && <time dateTime={item.publishedAt}>{day}</time>}
        {item.minutes !== null && <span>{minutesText(item.minutes)}</span>}
      </p>
      <div className="inbox-item__actions">
        <Button
          variant="primary"
          className="button--small"
          aria-describedby={itemHeadingId(item.id)}
          pending={queue.isPending}
          pendingLabel="Queueing…"
          disabled={busy}
          onClick={() =>
            queue.mutate(item.id, {
              onSuccess: ({ content }) =>
                onQueued({ title: content.title, contentId: content.id, kind: content.kind }),
            })
          }
        >
          Queue
        </Button>
        <Button
          className="button--small"
          aria-describedby={itemHeadingId(item.id)}
          pending={dismiss.isPending}
          pendingLabel="Dismissing…"
          disabled={busy}
          onClick={() =>
            dismiss.mutate(item.id, {
              onSuccess: () => {
                showStatus(`Dismissed “${title}”.`);
                focusSoon(neighbour);
              },
            })
          }
        >
          Dismiss
        </Button>
      </div>
      {failed && (
        <Notice tone="danger" role="alert">
          {messageOf(failed)}
        </Notice>
      )}
    </li>
  );
}

/** "a podcast episode", "an article". */
function article(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label.toLowerCase()}`;
}
