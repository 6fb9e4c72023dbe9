import type { FeedWithItems, OpmlImportSummary } from '@shared/content/feed.schema.ts';
import { useState } from 'react';
import type { z } from 'zod';
import { Counts } from '../../../components/Counts.tsx';
import { FileImportForm } from '../../../components/FileImportForm.tsx';
import { fileSizeText } from '../../../components/fileSize.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useFocusOnMount } from '../../../components/useFocusOnMount.ts';
import { plural } from '../../goals/components/detail/family.ts';
import { OPML_EXPORT_PATH } from '../api/endpoints.ts';
import { useFeeds } from '../api/feeds.ts';
import { useImportOpml } from '../api/imports.ts';
import { FEEDS_MAX, OPML_MAX_BYTES } from '../api/schemas.ts';
import { Block } from '../components/Block.tsx';
import { FeedCard, feedHeadingId } from '../components/FeedCard.tsx';
import { focusWhenArrived } from '../components/focus.ts';
import { opmlCounts } from '../components/format.ts';
import { SectionHeading } from '../components/SectionHeading.tsx';
import { SubscribeForm } from '../components/SubscribeForm.tsx';
import '../../../components/empty-state.css';

/**
 * The feeds followed: following one by its address, each feed with its last fetch and last error,
 * refreshing and unfollowing; and the feeds of a podcast app or reader brought in or taken out as OPML.
 */
export function FeedsPage() {
  useDocumentTitle('Feeds · Content');
  const feeds = useFeeds();
  const showStatus = useStatus();

  function onFollowed(feed: z.infer<typeof FeedWithItems>) {
    showStatus(`You now follow “${feed.title}”: ${plural(feed.items.length, 'item')} in your inbox.`);
    focusWhenArrived(feedHeadingId(feed.id));
  }

  return (
    <section className="feeds-section" aria-labelledby="content-section-title">
      <SectionHeading
        title="Feeds"
        lead="Podcasts, blogs and newsletters you follow. Their new items come to your inbox; Trellis looks for them every few hours."
      />
      <div className="page__stack">
        <Block id="follow" title="Follow a feed">
          <SubscribeForm onFollowed={onFollowed} />
        </Block>
        <OpmlBlock hasFeeds={(feeds.data?.length ?? 0) > 0} />
        <Block
          id="feeds-list"
          title={feeds.data ? `Your feeds (${feeds.data.length})` : 'Your feeds'}
          description={<p>By title. A feed whose last fetch failed says why; refresh it to try again.</p>}
        >
          {feeds.isPending && <Loading label="Loading your feeds…" />}
          {feeds.isError && <LoadError error={feeds.error} onRetry={() => void feeds.refetch()} />}
          {feeds.data?.length === 0 && (
            <p className="empty-line">
              You follow no feeds yet. Paste a feed’s address, or import an OPML file, above.
            </p>
          )}
          {feeds.data && feeds.data.length > 0 && (
            <ul className="feed-list">
              {feeds.data.map((feed) => (
                <FeedCard key={feed.id} feed={feed} />
              ))}
            </ul>
          )}
        </Block>
      </div>
    </section>
  );
}

/** The feeds of a podcast app or feed reader, in and out, as OPML. */
function OpmlBlock({ hasFeeds }: { hasFeeds: boolean }) {
  const upload = useImportOpml();
  // The last import's answer with its file's name; gone while the next file is on its way.
  const [imported, setImported] = useState<{
    fileName: string;
    summary: z.infer<typeof OpmlImportSummary>;
  } | null>(null);

  function onUpload(file: File) {
    setImported(null);
    upload.mutate(file, {
      onSuccess: (summary) => {
        setImported({ fileName: file.name, summary });
      },
    });
  }

  return (
    <Block
      id="opml"
      title="Import and export"
      description={
        <p>
          Podcast apps and feed readers export the feeds you follow as an OPML file. Import one to follow them
          all here; Trellis fetches them in the background, or refresh one to see its items now.
        </p>
      }
    >
      <FileImportForm
        id="opml-file"
        label="OPML file"
        hint={`An .opml or .xml file, up to ${fileSizeText(OPML_MAX_BYTES)}.`}
        accept=".opml,.xml,text/x-opml,application/xml,text/xml"
        maxBytes={OPML_MAX_BYTES}
        submitLabel="Import feeds"
        pendingLabel="Importing…"
        pending={upload.isPending}
        error={upload.error}
        onUpload={onUpload}
      />
      {imported && <OpmlResult {...imported} />}
      <div className="opml-export">
        {hasFeeds ? (
          <p>
            <a className="button button--secondary" href={OPML_EXPORT_PATH} download="trellis-feeds.opml">
              Download your feeds as OPML
            </a>
          </p>
        ) : (
          <p className="muted">Once you follow feeds, you can download them here as OPML for another app.</p>
        )}
      </div>
    </Block>
  );
}

function OpmlResult({ fileName, summary }: { fileName: string; summary: z.infer<typeof OpmlImportSummary> }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="import-result" aria-labelledby="opml-result-title">
      <h4 id="opml-result-title" ref={heading} tabIndex={-1}>
        Imported “{fileName}”
      </h4>
      <Counts counts={opmlCounts(summary)} />
      {summary.invalid > 0 && (
        <p>
          {plural(summary.invalid, 'outline')} had an address no feed can be fetched from (not http or https,
          or a private address), and {summary.invalid === 1 ? 'was' : 'were'} left out.
        </p>
      )}
      {summary.overLimit > 0 && (
        <p>
          {plural(summary.overLimit, 'feed')} went over the {FEEDS_MAX} one person can follow, and{' '}
          {summary.overLimit === 1 ? 'was' : 'were'} left out. Unfollow some to make room.
        </p>
      )}
    </section>
  );
}
