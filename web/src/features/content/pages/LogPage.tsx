import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useTextsInAddress } from '../../../components/useDebounced.ts';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { plural } from '../../goals/components/detail/family.ts';
import { useToday } from '../../goals/components/widgets/dates.ts';
import { useSkillNames } from '../../skills/api/skillNames.ts';
import { useContentList } from '../api/content.ts';
import { useFocusOnArrival } from '../components/arrival.ts';
import { EntryCard } from '../components/EntryCard.tsx';
import { entryHeadingId, focusSoon } from '../components/focus.ts';
import { KIND_LABELS, KINDS, kindOf, STATUS_LABELS, STATUSES, statusOf } from '../components/labels.ts';
import { filterOf, isNarrowed, type LogFilter, paramsOf } from '../components/logFilter.ts';
import { SectionHeading } from '../components/SectionHeading.tsx';
import '../../../components/empty-state.css';

/** Entries drawn at first, and added by each "Show more": a Goodreads library alone is hundreds. */
const SHOWN_AT_ONCE = 50;

/**
 * The log: everything logged, in the API's order (in progress, the queue newest first, then what was
 * finished or given up, most recent first), narrowed by kind, status, skill and a search of titles,
 * authors and takeaways, all kept in the address (the search once typing pauses).
 */
export function LogPage() {
  useDocumentTitle('Log · Content');
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const search = useTextsInAddress({ q: filter.q ?? '' }, (settled) => write({ ...filter, ...settled }));
  const all = useContentList();
  const list = useContentList(filter);
  const today = useToday();
  const entries = list.data ?? [];
  const skillIds = (all.data ?? []).flatMap((e) => e.skillIds);
  const skills = useSkillNames([...skillIds, ...(filter.skillId ? [filter.skillId] : [])]);
  const narrowed = isNarrowed(filter);
  const filterKey = paramsOf(filter).toString();
  const [shown, setShown] = useState({ key: filterKey, count: SHOWN_AT_ONCE });
  const count = shown.key === filterKey ? shown.count : SHOWN_AT_ONCE;
  // A list kept from before the save is refetched first: the entry saved is in the next answer.
  useFocusOnArrival(list.isSuccess && !list.isFetching);

  function write(next: LogFilter) {
    setParams(paramsOf(next), { replace: true });
  }

  const skillOptions = [...skills.names.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => [s.id, s.name] as const);
  const total = all.data?.length ?? 0;

  return (
    <section className="log-section" aria-labelledby="content-section-title">
      <SectionHeading title="Log" lead="Everything you logged: what you are on now and your queue first." />
      {all.isPending && <Loading label="Loading your log…" />}
      {all.isError && <LoadError error={all.error} onRetry={() => void all.refetch()} />}
      {all.isSuccess && total === 0 && <EmptyLog />}
      {total > 0 && (
        <>
          <search className="log-filters" aria-label="Filter your log">
            <TextField
              id="log-search"
              label="Search"
              type="search"
              autoComplete="off"
              hint="Words in titles, authors or takeaways."
              value={search.texts.q}
              onChange={(e) => search.setText('q', e.target.value)}
            />
            <SelectField
              id="log-kind"
              label="Kind"
              value={filter.kind ?? ''}
              onChange={(e) => write({ ...filter, ...search.settled, kind: kindOf(e.target.value) })}
              options={KINDS.map((k) => [k, KIND_LABELS[k]])}
            >
              <option value="">All kinds</option>
            </SelectField>
            <SelectField
              id="log-status"
              label="Status"
              value={filter.status ?? ''}
              onChange={(e) => write({ ...filter, ...search.settled, status: statusOf(e.target.value) })}
              options={STATUSES.map((s) => [s, STATUS_LABELS[s]])}
            >
              <option value="">All statuses</option>
            </SelectField>
            {skillOptions.length > 0 && (
              <SelectField
                id="log-skill"
                label="Skill"
                value={filter.skillId ?? ''}
                onChange={(e) =>
                  write({ ...filter, ...search.settled, skillId: e.target.value || undefined })
                }
                options={skillOptions}
              >
                <option value="">All skills</option>
              </SelectField>
            )}
          </search>
          <p className="content-count" role="status">
            {list.isSuccess && !list.isPlaceholderData
              ? narrowed
                ? `${entries.length} of ${plural(total, 'entry', 'entries')} match.`
                : `${plural(total, 'entry', 'entries')}.`
              : ''}
          </p>
          {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
          {list.isSuccess && entries.length === 0 && (
            <div className="empty-line">
              <p>Nothing in your log matches these filters.</p>
              <p>
                <Button
                  variant="quiet"
                  onClick={() => {
                    search.clear();
                    write({});
                  }}
                >
                  Clear the filters
                </Button>
              </p>
            </div>
          )}
          {entries.length > 0 && (
            <ul className="entry-list" aria-label="Your log" aria-busy={list.isPlaceholderData || undefined}>
              {entries.slice(0, count).map((entry) => (
                <EntryCard
                  key={entry.id}
                  entry={entry}
                  skills={skills}
                  today={today}
                  from={`/content${filterKey ? `?${filterKey}` : ''}`}
                />
              ))}
            </ul>
          )}
          {entries.length > count && (
            <div className="content-more">
              <Button
                onClick={() => {
                  // Focus the first entry added, so the keyboard carries on where the list grew.
                  const first = entries[count];
                  setShown({ key: filterKey, count: count + SHOWN_AT_ONCE });
                  if (first) focusSoon(entryHeadingId(first.id));
                }}
              >
                Show {Math.min(SHOWN_AT_ONCE, entries.length - count)} more of {entries.length}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function EmptyLog() {
  return (
    <section className="empty-state" aria-labelledby="log-empty-title">
      <h3 id="log-empty-title" className="empty-state__title">
        Nothing logged yet
      </h3>
      <p>
        Log the articles, podcast episodes, videos and books you take in, with what you took from them and the
        skills they build. Follow a podcast or a blog to fill your inbox, or bring in the books you shelved on
        Goodreads.
      </p>
      <div className="empty-state__actions">
        <ButtonLink variant="primary" to="/content/new" state={{ from: '/content' }}>
          Log your first entry
        </ButtonLink>
        <ButtonLink variant="secondary" to="/content/feeds">
          Follow a feed
        </ButtonLink>
        <Link to="/content/import">Import from Goodreads</Link>
      </div>
    </section>
  );
}
