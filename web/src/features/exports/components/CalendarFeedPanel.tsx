import { useState } from 'react';
import { messageOf } from '../../../api/errors.ts';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { CopyField } from '../../../components/CopyField.tsx';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { formatDateTime } from '../../../components/text.ts';
import { useFocusOnMount } from '../../../components/useFocusOnMount.ts';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../api/calendarFeed.ts';

type Asking = 'replace' | 'stop' | null;

/**
 * The calendar feed: a secret address a calendar app subscribes to, with due dates, expiries,
 * follow-ups and mentoring sessions. Its address is shown once, when made; a new one replaces it.
 */
export function CalendarFeedPanel({ timeZone }: { timeZone: string }) {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const showStatus = useStatus();
  const [url, setUrl] = useState<string | null>(null);
  const [asking, setAsking] = useState<Asking>(null);

  function makeFeed() {
    create.mutate(undefined, {
      onSuccess: (made) => {
        setAsking(null);
        setUrl(made.url);
      },
    });
  }

  function stopFeed() {
    revoke.mutate(undefined, {
      onSuccess: () => {
        setAsking(null);
        setUrl(null);
        showStatus('Your calendar feed is stopped.');
      },
    });
  }

  return (
    <Panel
      id="calendar"
      title="Calendar feed"
      description={
        <p>
          Subscribe to your due dates in the calendar you use: goal and slice due dates, credentials expiring,
          follow-ups and keep-in-touch dates, action items and mentoring sessions, from a year ago on. Anyone
          with the address can read the feed, so keep it to yourself; make a new one if it leaks.
        </p>
      }
    >
      {feed.isPending && <Loading label="Loading your calendar feed…" />}
      {feed.isError && <LoadError error={feed.error} onRetry={() => feed.refetch()} />}
      {url && <NewFeedAddress url={url} onDone={() => setUrl(null)} />}
      {feed.data && !url && (
        <>
          <p>
            {feed.data.active && feed.data.createdAt ? (
              <>
                Your feed is on, since{' '}
                <time dateTime={feed.data.createdAt}>{formatDateTime(feed.data.createdAt, timeZone)}</time>.
                Its address was shown when it was made; make a new one to see an address again.
              </>
            ) : (
              'You have no calendar feed.'
            )}
          </p>
          {create.isError && !asking && (
            <Notice tone="danger" role="alert">
              {messageOf(create.error)}
            </Notice>
          )}
          <div className="form__actions">
            {feed.data.active ? (
              <>
                <Button onClick={() => setAsking('replace')}>Make a new address</Button>
                <Button variant="danger-outline" onClick={() => setAsking('stop')}>
                  Stop the feed
                </Button>
              </>
            ) : (
              <Button variant="primary" onClick={makeFeed} disabled={create.isPending}>
                {create.isPending ? 'Making…' : 'Make a calendar feed'}
              </Button>
            )}
          </div>
        </>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={asking === 'stop' ? 'Stop your calendar feed?' : 'Make a new feed address?'}
        tone={asking === 'stop' ? 'danger' : 'primary'}
        confirmLabel={asking === 'stop' ? 'Stop the feed' : 'Make a new address'}
        pendingLabel={asking === 'stop' ? 'Stopping…' : 'Making…'}
        pending={create.isPending || revoke.isPending}
        onConfirm={asking === 'stop' ? stopFeed : makeFeed}
        onCancel={() => {
          create.reset();
          revoke.reset();
          setAsking(null);
        }}
      >
        <p>
          The address your calendar uses now stops working at once
          {asking === 'stop' ? '.' : ': subscribe again with the new one.'}
        </p>
        {(create.isError || revoke.isError) && (
          <Notice tone="danger" role="alert">
            {messageOf(create.error ?? revoke.error)}
          </Notice>
        )}
      </ConfirmDialog>
    </Panel>
  );
}

/** The new address, shown this once, to copy into a calendar app. */
function NewFeedAddress({ url, onDone }: { url: string; onDone: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="new-feed">
      <h3 className="new-feed__title" ref={heading} tabIndex={-1}>
        Your calendar feed is ready
      </h3>
      <CopyField
        id="calendar-feed-url"
        label="Feed address"
        value={url}
        hint={
          <p>
            In your calendar app, add a calendar from a URL (“subscribe”) and paste it.{' '}
            <strong>Copy it now; you won’t see it again.</strong>
          </p>
        }
      />
      <div className="form__actions">
        <Button variant="primary" onClick={onDone}>
          I have copied it
        </Button>
      </div>
    </div>
  );
}
