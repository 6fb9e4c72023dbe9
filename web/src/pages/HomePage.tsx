import { Link } from 'react-router';
import { useAttention, useGoals } from '../api/goals.ts';
import { useMe } from '../api/session.ts';
import { formatDate, useToday } from '../components/goals/index.ts';
import { LoadError, Loading } from '../components/LoadState.tsx';
import { useDocumentTitle } from '../components/useDocumentTitle.ts';
import { AttentionList } from './home/AttentionList.tsx';
import { FirstGoal } from './home/FirstGoal.tsx';
import { GoalSummary } from './home/GoalSummary.tsx';

/** Where a signed-in person lands: what needs attention today, and how the active goals stand. */
export function HomePage() {
  useDocumentTitle('Home');
  const { data: user } = useMe();
  const today = useToday();
  const roots = useGoals({ root: 'true' });
  const attention = useAttention();
  if (!user) return null;

  const firstName = user.name.trim().split(/\s+/)[0] ?? user.name;
  const isNew = roots.data !== undefined && roots.data.length === 0;

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
          <Link className="button button--secondary" to="/goals/new">
            New goal
          </Link>
        )}
      </header>
      {roots.isPending && <Loading />}
      {roots.isError && <LoadError error={roots.error} onRetry={() => void roots.refetch()} />}
      {isNew && <FirstGoal />}
      {roots.data && roots.data.length > 0 && (
        <div className="page__stack">
          <section className="home-section" aria-labelledby="attention-title">
            <h2 id="attention-title">Needs attention</h2>
            {attention.isPending && <Loading />}
            {attention.isError && (
              <LoadError error={attention.error} onRetry={() => void attention.refetch()} />
            )}
            {attention.data && <AttentionList items={attention.data} today={today} />}
          </section>
          <GoalSummary goals={roots.data} />
        </div>
      )}
    </div>
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
