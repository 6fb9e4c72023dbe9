import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Badge } from '../../../components/Badge.tsx';
import { Button } from '../../../components/Button.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useTextsInAddress } from '../../../components/useDebounced.ts';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { plural } from '../../goals/components/detail/family.ts';
import { type RoleSource, useRoleSearch } from '../api/roles.ts';
import { SOURCE_LABELS } from '../components/labels.ts';
import '../../../components/empty-state.css';
import '../../../components/page.css';
import './RolesPage.css';

const SOURCES = Object.keys(SOURCE_LABELS) as RoleSource[];
const sourceOf = (value: string | null): RoleSource | null =>
  SOURCES.includes(value as RoleSource) ? (value as RoleSource) : null;

/**
 * The role browser: a search by title and alias (sent when typing pauses, kept in the address), a
 * source filter, and pages of results, each with its source and how many skills it requires.
 */
export function RolesPage() {
  useDocumentTitle('Roles');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const source = sourceOf(params.get('source'));
  const search = useTextsInAddress({ q }, (settled) => write({ q: settled.q, source }));
  const roles = useRoleSearch({ q, source });
  const items = roles.data?.pages.flatMap((p) => p.items) ?? [];
  const list = useRef<HTMLUListElement>(null);
  const shownBefore = useRef<number | null>(null);

  function write(next: { q: string; source: RoleSource | null }) {
    const search = new URLSearchParams();
    if (next.q) search.set('q', next.q);
    if (next.source) search.set('source', next.source);
    setParams(search, { replace: true });
  }

  useEffect(() => {
    // After "Show more": focus the first new role, so the keyboard carries on where the list grew.
    const before = shownBefore.current;
    if (before === null || items.length <= before) return;
    shownBefore.current = null;
    list.current?.querySelectorAll<HTMLAnchorElement>('.role-card__title a')[before]?.focus();
  }, [items.length]);

  const narrowed = q !== '' || source !== null;
  const count = roles.hasNextPage
    ? `${items.length} roles shown, more to come`
    : plural(items.length, 'role');

  return (
    <div className="page page--wide roles-page">
      <header className="page-header page-header--with-action">
        <div>
          <h1 className="page-header__title">Roles</h1>
          <p className="page-header__lead">
            Roles from the catalogue and your own, with the skills each requires. Aim for one to see how ready
            you are.
          </p>
        </div>
        <ButtonLink variant="secondary" to="/roles/new/from-posting">
          Paste a job posting
        </ButtonLink>
      </header>
      <search className="role-filters" aria-label="Find roles">
        <TextField
          id="role-search"
          label="Search titles"
          type="search"
          autoComplete="off"
          hint="A title or another name for it, e.g. “engineer” or “product”."
          value={search.texts.q}
          onChange={(e) => search.setText('q', e.target.value)}
        />
        <SelectField
          id="role-source"
          label="Source"
          value={source ?? ''}
          onChange={(e) => write({ q: search.settled.q, source: sourceOf(e.target.value) })}
          options={SOURCES.map((s) => [s, SOURCE_LABELS[s]])}
        >
          <option value="">All sources</option>
        </SelectField>
      </search>
      <p className="roles-page__count" role="status">
        {roles.isSuccess ? (narrowed ? `${count} found` : count) : ''}
      </p>
      {roles.isPending && <Loading label="Finding roles…" />}
      {roles.isError && <LoadError error={roles.error} onRetry={() => void roles.refetch()} />}
      {roles.isSuccess && items.length === 0 && (
        <div className="empty-line">
          <p>{emptyText(q, source)}</p>
          <p>
            Not there? <Link to="/roles/new/from-posting">Paste a job posting</Link> to make a role of your
            own from it.
          </p>
        </div>
      )}
      {items.length > 0 && (
        <ul className="role-list" ref={list} aria-busy={roles.isFetching && !roles.isFetchingNextPage}>
          {items.map((role) => (
            <li key={role.id} className="role-card">
              <h2 className="role-card__title">
                <Link to={`/roles/${role.id}`}>{role.title}</Link>
              </h2>
              <p className="role-card__meta">
                <Badge tone={role.source === 'custom' ? 'accent' : 'muted'}>
                  {SOURCE_LABELS[role.source]}
                </Badge>
                <span>{plural(role.requirementCount, 'required skill')}</span>
                {role.code && <span className="role-card__code">{role.code}</span>}
              </p>
              {role.aliases.length > 0 && (
                <p className="role-card__aliases">Also: {role.aliases.slice(0, 4).join(', ')}</p>
              )}
              {role.description && <p className="role-card__description">{role.description}</p>}
            </li>
          ))}
        </ul>
      )}
      {roles.hasNextPage && (
        <div className="roles-page__more">
          <Button
            pending={roles.isFetchingNextPage}
            pendingLabel="Loading more roles…"
            onClick={() => {
              shownBefore.current = items.length;
              void roles.fetchNextPage();
            }}
          >
            Show more roles
          </Button>
        </div>
      )}
    </div>
  );
}

function emptyText(q: string, source: RoleSource | null): string {
  if (source === 'onet' || source === 'esco') {
    return q
      ? `No ${SOURCE_LABELS[source]} role matches “${q}”.`
      : `There are no ${SOURCE_LABELS[source]} roles here: an administrator can import them.`;
  }
  if (source === 'custom' && !q) return 'You have no roles of your own yet.';
  return q ? `No role matches “${q}”.` : 'There are no roles here yet.';
}
