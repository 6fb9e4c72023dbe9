import type { Feed } from '@shared/content/feed.schema.ts';
import { useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../../api/errors.ts';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { formatDateTime } from '../../../components/text.ts';
import { plural } from '../../goals/components/detail/family.ts';
import { useDeleteFeed, useRefreshFeed } from '../api/feeds.ts';
import { isFeedFailure } from './apiErrors.ts';
import { focusSoon } from './focus.ts';
import { refreshText } from './format.ts';

export const feedHeadingId = (id: string) => `feed-${id}`;

/**
 * One feed followed: its title (a link to its site), its address, when it was last fetched, its new
 * items, and why its last fetch failed, in full view; then Refresh, which says what it found, and
 * Unfollow, after asking.
 */
export function FeedCard({ feed }: { feed: Feed }) {
  const refresh = useRefreshFeed();
  const remove = useDeleteFeed();
  const showStatus = useStatus();
  const [result, setResult] = useState('');
  const [confirming, setConfirming] = useState(false);
  const headingId = feedHeadingId(feed.id);

  function onRefresh() {
    setResult('');
    refresh.mutate(feed.id, {
      onSuccess: (answer) => setResult(refreshText(answer)),
      onError: (error) => {
        if (isFeedFailure(error)) {
          // The feed's new last error is in by now (the feeds are refetched first): focus brings why.
          setResult('The refresh failed.');
          focusSoon(`${headingId}-error`);
        } else setResult(messageOf(error) ?? 'The refresh failed.');
      },
    });
  }

  function confirmRemove() {
    remove.mutate(feed.id, {
      onSuccess: () => {
        setConfirming(false);
        showStatus(`You no longer follow “${feed.title}”.`);
        focusSoon('feeds-list-title');
      },
    });
  }

  return (
    <li className="feed-card">
      <h4 className="feed-card__title" id={headingId} tabIndex={-1}>
        {feed.siteUrl ? <a href={feed.siteUrl}>{feed.title}</a> : feed.title}
      </h4>
      <p className="feed-card__url">{feed.url}</p>
      <p className="feed-card__meta">
        <span>
          {feed.lastFetchedAt ? (
            <>
              Last fetched <time dateTime={feed.lastFetchedAt}>{formatDateTime(feed.lastFetchedAt)}</time>
            </>
          ) : (
            'Not fetched yet'
          )}
        </span>
        <span>
          {feed.newItems > 0 ? (
            <Link to="/content/inbox">{plural(feed.newItems, 'new item')}</Link>
          ) : (
            'No new items'
          )}
        </span>
      </p>
      {feed.lastError && (
        <div className="notice notice--danger feed-card__error" id={`${headingId}-error`} tabIndex={-1}>
          <p>
            <strong>The last fetch failed.</strong> {feed.lastError}
          </p>
        </div>
      )}
      <div className="feed-card__actions">
        <Button
          className="button--small"
          aria-describedby={headingId}
          pending={refresh.isPending}
          pendingLabel="Refreshing…"
          onClick={onRefresh}
        >
          Refresh
        </Button>
        <Button
          variant="quiet"
          className="button--quiet-danger"
          aria-describedby={headingId}
          onClick={() => setConfirming(true)}
        >
          Unfollow…
        </Button>
        <p className="feed-card__result" role="status">
          {result}
        </p>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Unfollow “${feed.title}”?`}
        tone="danger"
        confirmLabel="Unfollow"
        pendingLabel="Unfollowing…"
        pending={remove.isPending}
        onConfirm={confirmRemove}
        onCancel={() => {
          remove.reset();
          setConfirming(false);
        }}
      >
        <p>
          Its items leave your inbox. What you queued from it stays in your log. You can follow it again
          later.
        </p>
        {remove.isError && (
          <Notice tone="danger" role="alert">
            {messageOf(remove.error)}
          </Notice>
        )}
      </ConfirmDialog>
    </li>
  );
}
