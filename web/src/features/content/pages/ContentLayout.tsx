import { NavLink, Outlet, useLocation } from 'react-router';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { useFeeds } from '../api/feeds.ts';
import type { ContentArrival } from '../components/arrival.ts';
import '../../../components/page.css';
import '../components/content.css';

/** The Content page's sections, each at its own address, so a section can be linked to and Back works. */
const SECTIONS = [
  { to: '/content', label: 'Log', end: true },
  { to: '/content/queue', label: 'Queue' },
  { to: '/content/inbox', label: 'Inbox' },
  { to: '/content/feeds', label: 'Feeds' },
  { to: '/content/import', label: 'Import' },
] as const;

/**
 * `/content` and its sections: the page's title, the action to log something, and the sections as
 * links (the current one marked), the Inbox with how many new items wait in it.
 */
export function ContentLayout() {
  const feeds = useFeeds();
  const { pathname } = useLocation();
  const waiting = feeds.data?.reduce((sum, feed) => sum + feed.newItems, 0) ?? 0;

  return (
    <div className="page page--wide content-page">
      <header className="page-header page-header--with-action">
        <div>
          <h1 className="page-header__title">Content</h1>
          <p className="page-header__lead">
            What you read, hear and watch, what you take from it, and the feeds that bring you more.
          </p>
        </div>
        <ButtonLink variant="primary" to="/content/new" state={{ from: pathname } satisfies ContentArrival}>
          Log something
        </ButtonLink>
      </header>
      <nav className="content-tabs" aria-label="Content sections">
        <ul className="content-tabs__list">
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} end={'end' in section} className="content-tabs__link">
                {section.label}
                {section.label === 'Inbox' && waiting > 0 && (
                  <span className="content-tabs__count">
                    {waiting}
                    <span className="visually-hidden"> new</span>
                  </span>
                )}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="content-section">
        <Outlet />
      </div>
    </div>
  );
}
