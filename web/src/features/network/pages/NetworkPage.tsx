import { useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useTextsInAddress } from '../../../components/useDebounced.ts';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { plural } from '../../goals/components/detail/family.ts';
import { useToday } from '../../goals/components/widgets/dates.ts';
import { useFocusAfterSave } from '../../skills/components/arrival.ts';
import { useContacts } from '../api/contacts.ts';
import { useDue } from '../api/due.ts';
import { VCARD_EXPORT_PATH } from '../api/endpoints.ts';
import { ContactCard } from '../components/ContactCard.tsx';
import { type ContactFilter, filterOf, isNarrowed, paramsOf } from '../components/contactFilter.ts';
import { DueLists } from '../components/DueLists.tsx';
import { contactHeadingId } from '../components/focus.ts';
import { ROLE_LABELS, ROLES, roleOf } from '../components/labels.ts';
import '../../../components/empty-state.css';
import '../../../components/page.css';
import '../components/network.css';

/**
 * The Network page: who to get in touch with (due, losing touch, follow-ups), then the contacts by
 * name, narrowed by a search, a role and a tag, all kept in the address (the texts once typing
 * pauses), a page at a time.
 */
export function NetworkPage() {
  useDocumentTitle('Network');
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const search = useTextsInAddress({ q: filter.q ?? '', tag: filter.tag ?? '' }, (settled) =>
    write({ ...filter, ...settled }),
  );
  const everyone = useContacts({});
  const list = useContacts(filter);
  const due = useDue();
  const today = useToday();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusAfterSave(heading, everyone.isSuccess);
  const contacts = list.data?.pages.flatMap((p) => p.items) ?? [];
  const hasContacts = (everyone.data?.pages[0]?.items.length ?? 0) > 0;
  const narrowed = isNarrowed(filter);

  function write(next: ContactFilter) {
    setParams(paramsOf(next), { replace: true });
  }

  function showMore() {
    // Focus the first contact added, so the keyboard carries on where the list grew.
    const before = contacts.length;
    void list.fetchNextPage().then((result) => {
      const first = result.data?.pages.flatMap((p) => p.items)[before];
      if (first) focusWhenDrawn(contactHeadingId(first.id));
    });
  }

  const countText = list.hasNextPage
    ? `${contacts.length} contacts shown, more to come.`
    : narrowed
      ? `${plural(contacts.length, 'contact')} match.`
      : `${plural(contacts.length, 'contact')}.`;

  return (
    <div className="page page--wide network-page">
      <header className="page-header page-header--with-action">
        <div>
          <h1 className="page-header__title" ref={heading} tabIndex={-1}>
            Network
          </h1>
          <p className="page-header__lead">The people you know, and when to be back in touch with them.</p>
        </div>
        {hasContacts && (
          <div className="network-actions">
            <ButtonLink variant="primary" to="/network/contacts/new">
              Add contact
            </ButtonLink>
            <ButtonLink variant="secondary" to="/network/import">
              Import
            </ButtonLink>
            <a className="button button--secondary" href={VCARD_EXPORT_PATH} download>
              Export vCard
            </a>
          </div>
        )}
      </header>
      {everyone.isPending && <Loading label="Loading your network…" />}
      {everyone.isError && <LoadError error={everyone.error} onRetry={() => void everyone.refetch()} />}
      {everyone.isSuccess && !hasContacts && <EmptyNetwork />}
      {hasContacts && (
        <div className="page__stack">
          <section className="network-section" aria-labelledby="keep-in-touch-title">
            <div className="network-section__header">
              <h2 id="keep-in-touch-title">Keep in touch</h2>
              <Link to="/network/settings">Keep-in-touch defaults</Link>
            </div>
            {due.isPending && <Loading label="Loading who is due…" />}
            {due.isError && <LoadError error={due.error} onRetry={() => void due.refetch()} />}
            {due.data && <DueLists list={due.data} />}
          </section>
          <section className="network-section" aria-labelledby="contacts-title">
            <div className="network-section__header">
              <h2 id="contacts-title">Contacts</h2>
            </div>
            <search className="contact-filters" aria-label="Filter your contacts">
              <TextField
                id="contact-search"
                label="Search"
                type="search"
                autoComplete="off"
                hint="Words in names, companies, positions, e-mails or tags."
                value={search.texts.q}
                onChange={(e) => search.setText('q', e.target.value)}
              />
              <SelectField
                id="contact-role"
                label="Role"
                value={filter.role ?? ''}
                onChange={(e) => write({ ...filter, ...search.settled, role: roleOf(e.target.value) })}
                options={ROLES.map((r) => [r, ROLE_LABELS[r]])}
              >
                <option value="">All roles</option>
              </SelectField>
              <TextField
                id="contact-tag"
                label="Tag"
                autoComplete="off"
                hint="One whole tag, in any case."
                value={search.texts.tag}
                onChange={(e) => search.setText('tag', e.target.value)}
              />
            </search>
            <p className="network-count" role="status">
              {list.isSuccess && !list.isPlaceholderData ? countText : ''}
            </p>
            {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
            {list.isSuccess && contacts.length === 0 && (
              <div className="empty-line">
                <p>None of your contacts matches these filters.</p>
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
            {contacts.length > 0 && (
              <ul
                className="contact-list"
                aria-label="Your contacts, by name"
                aria-busy={list.isPlaceholderData || undefined}
              >
                {contacts.map((contact) => (
                  <ContactCard key={contact.id} contact={contact} today={today} />
                ))}
              </ul>
            )}
            {list.hasNextPage && (
              <div className="network-more">
                <Button
                  pending={list.isFetchingNextPage}
                  pendingLabel="Loading more contacts…"
                  onClick={showMore}
                >
                  Show more contacts
                </Button>
              </div>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

function EmptyNetwork() {
  return (
    <section className="empty-state" aria-labelledby="network-empty-title">
      <h2 id="network-empty-title" className="empty-state__title">
        No contacts yet
      </h2>
      <p>
        Add the people you know: mentors, peers, managers, recruiters. Give them a keep-in-touch cadence, log
        your calls and meetings, and Trellis tells you who is due for a word. Or bring in your LinkedIn
        connections or an address book.
      </p>
      <div className="empty-state__actions">
        <ButtonLink variant="primary" to="/network/contacts/new">
          Add your first contact
        </ButtonLink>
        <ButtonLink variant="secondary" to="/network/import">
          Import from LinkedIn or a vCard file
        </ButtonLink>
        <Link to="/network/settings">Set keep-in-touch defaults by role</Link>
      </div>
    </section>
  );
}
