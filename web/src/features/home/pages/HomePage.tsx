import { lazy, type ReactNode, Suspense } from 'react';
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useMe } from '../../accounts/api/session.ts';
import { useAttention, useGoals } from '../../goals/api/goals.ts';
import { AttentionList } from '../../goals/components/home/AttentionList.tsx';
import { FirstGoal } from '../../goals/components/home/FirstGoal.tsx';
import { GoalSummary } from '../../goals/components/home/GoalSummary.tsx';
import { formatDate, useToday } from '../../goals/components/widgets/dates.ts';
import { useExpiring } from '../../learning/api/expiring.ts';
import { useFeedbackInbox, useMyOpenActionItems } from '../../mentoring/api/home.ts';
import { useDue } from '../../network/api/due.ts';
import '../../../components/page.css';
import './HomePage.css';

// The list of credentials to renew loads only when there are some: most visits to Home have none,
// and the first download stays without the learning pages' words and badges.
const ExpiringList = lazy(async () => ({
  default: (await import('../../learning/components/ExpiringList.tsx')).ExpiringList,
}));

// Likewise who to get in touch with: only when someone is due or a follow-up comes up.
const KeepInTouch = lazy(async () => ({
  default: (await import('../../network/components/KeepInTouch.tsx')).KeepInTouch,
}));

// And the action items of my mentorships: only when some are open.
const HomeActionItems = lazy(async () => ({
  default: (await import('../../mentoring/components/HomeActionItems.tsx')).HomeActionItems,
}));

/** Credentials that expire within this many days are shown, with those already expired. */
const EXPIRING_WITHIN = 90;

/**
 * Where a signed-in person lands: what needs attention today, credentials to renew, people to keep
 * in touch with, action items and feedback to give (each only when there are some), and how the
 * active goals stand.
 */
export function HomePage() {
  useDocumentTitle('Home');
  const { data: user } = useMe();
  const today = useToday();
  const roots = useGoals({ root: 'true' });
  const attention = useAttention();
  const expiring = useExpiring(EXPIRING_WITHIN);
  const due = useDue();
  const actionItems = useMyOpenActionItems();
  const feedbackInbox = useFeedbackInbox();
  if (!user) return null;

  const firstName = user.name.trim().split(/\s+/)[0] ?? user.name;
  const isNew = roots.data !== undefined && roots.data.length === 0;
  const renew = expiring.data && expiring.data.length > 0 && (
    <HomeSection
      id="expiring-title"
      title="Credentials to renew"
      more={<Link to="/learning">See your learning</Link>}
    >
      <p className="home-section__lead">
        Expired, or expiring within {EXPIRING_WITHIN} days, the most urgent first.
      </p>
      <Suspense fallback={<Loading />}>
        <ExpiringList items={expiring.data} today={today} />
      </Suspense>
    </HomeSection>
  );
  const keepInTouch = due.data &&
    due.data.due.length + due.data.losingTouch.length + due.data.followUps.length > 0 && (
      <HomeSection
        id="keep-in-touch-title"
        title="Keep in touch"
        more={<Link to="/network">See your network</Link>}
      >
        <Suspense fallback={<Loading />}>
          <KeepInTouch list={due.data} />
        </Suspense>
      </HomeSection>
    );
  const toDo = actionItems.data && actionItems.data.length > 0 && (
    <HomeSection
      id="action-items-title"
      title="Action items"
      more={<Link to="/mentoring">See your mentorships</Link>}
    >
      <Suspense fallback={<Loading />}>
        <HomeActionItems items={actionItems.data} today={today} />
      </Suspense>
    </HomeSection>
  );
  const toAnswer = feedbackInbox.data && feedbackInbox.data.length > 0 && (
    <HomeSection id="feedback-inbox-title" title="Feedback to give">
      <p>
        {feedbackInbox.data.length === 1
          ? 'A request for your feedback waits for your answer.'
          : `${feedbackInbox.data.length} requests for your feedback wait for your answer.`}{' '}
        <Link to="/feedback-requests/inbox">Answer in your inbox</Link>
      </p>
    </HomeSection>
  );

  return (
    <div className="page">
      <header className="page-header page-header--with-action">
        <div>
          <h1 className="page-header__title">
            {greeting(user.timezone)}, {firstName}
          </h1>
          <p className="page-header__lead">
            <span>
              Today is <time dateTime={today}>{formatDate(today)}</time>.
            </span>
          </p>
        </div>
        {!isNew && roots.data && (
          <ButtonLink variant="secondary" to="/goals/new">
            New goal
          </ButtonLink>
        )}
      </header>
      {roots.isPending && <Loading />}
      {roots.isError && <LoadError error={roots.error} onRetry={() => void roots.refetch()} />}
      {isNew && (
        <div className="page__stack">
          <FirstGoal />
          {renew}
          {keepInTouch}
          {toDo}
          {toAnswer}
        </div>
      )}
      {roots.data && roots.data.length > 0 && (
        <div className="page__stack">
          <HomeSection id="attention-title" title="Needs attention">
            {attention.isPending && <Loading />}
            {attention.isError && (
              <LoadError error={attention.error} onRetry={() => void attention.refetch()} />
            )}
            {attention.data && <AttentionList items={attention.data} today={today} />}
          </HomeSection>
          {renew}
          {keepInTouch}
          {toDo}
          {toAnswer}
          <HomeSection
            id="summary-title"
            title="Your goals at a glance"
            more={<Link to="/goals">See all your goals</Link>}
          >
            <GoalSummary goals={roots.data} />
          </HomeSection>
        </div>
      )}
    </div>
  );
}

/** One card of Home: a titled section, and a way on to the page with more. */
function HomeSection({
  id,
  title,
  more,
  children,
}: {
  id: string;
  title: string;
  more?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="home-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
      {more && <p className="home-section__more">{more}</p>}
    </section>
  );
}

/** "Good morning" before noon, "Good afternoon" until six, "Good evening" after, on the person's clock. */
function greeting(timeZone: string, now = new Date()): string {
  let hour = now.getHours();
  try {
    hour = Number(
      new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(now),
    );
  } catch {
    // An unknown zone falls back to the browser's clock.
  }
  return hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening';
}
