import { NavLink, Outlet } from 'react-router';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { useFeedbackInbox } from '../api/home.ts';
import '../../../components/page.css';
import '../components/mentoring.css';
import '../components/feedback.css';

/** The Feedback page's sections, each at its own address: what I asked for, and what I am asked. */
const SECTIONS = [
  { to: '/feedback-requests', label: 'Sent', end: true },
  { to: '/feedback-requests/inbox', label: 'Inbox', end: false },
] as const;

/**
 * `/feedback-requests` and its inbox: the page's title, the action to ask for feedback, and the two
 * sections as links (the current one marked), the Inbox with how many requests wait in it.
 */
export function FeedbackLayout() {
  const inbox = useFeedbackInbox();
  const waiting = inbox.data?.length ?? 0;

  return (
    <div className="page feedback-page">
      <header className="page-header page-header--with-action">
        <div>
          <h1 className="page-header__title">Feedback</h1>
          <p className="page-header__lead">
            Ask colleagues, mentors and customers for feedback on a goal, a skill or anything you did; answer
            what others ask you.
          </p>
        </div>
        <ButtonLink variant="primary" to="/feedback-requests/new">
          Ask for feedback
        </ButtonLink>
      </header>
      <nav className="section-tabs" aria-label="Feedback sections">
        <ul className="section-tabs__list">
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} end={section.end} className="section-tabs__link">
                {section.label}
                {section.label === 'Inbox' && waiting > 0 && (
                  <span className="section-tabs__count">
                    {waiting}
                    <span className="visually-hidden"> waiting</span>
                  </span>
                )}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
