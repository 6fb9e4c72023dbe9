import type { Goal } from '@shared/goals/goal.schema.ts';
import type { LearningActivity } from '@shared/learning/learning.schema.ts';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Badge } from '../../../components/Badge.tsx';
import { Button } from '../../../components/Button.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { DeleteDialog } from '../../../components/ConfirmDialog.tsx';
import { DetailLoadState } from '../../../components/DetailLoadState.tsx';
import { useDetailHeading } from '../../../components/detailPage.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useGoals } from '../../goals/api/goals.ts';
import { formatDate, useToday } from '../../goals/components/widgets/dates.ts';
import { useSkillNames } from '../../skills/api/skillNames.ts';
import { type Arrival, useFocusAfterSave } from '../../skills/components/arrival.ts';
import { Breadcrumb } from '../../skills/components/Breadcrumb.tsx';
import { useActivity, useCreateLog, useDeleteActivity, useLog } from '../api/learning.ts';
import { ActivityDetails } from '../components/ActivityDetails.tsx';
import { formatMinutes } from '../components/duration.ts';
import { feedText } from '../components/goalFeed.ts';
import { HoursSpent } from '../components/HoursSpent.tsx';
import { LogForm } from '../components/LogForm.tsx';
import { LogList } from '../components/LogList.tsx';
import { KIND_LABELS, STATUS_LABELS } from '../components/labels.ts';
import '../../../components/page.css';
import '../components/learning.css';

/** One learning activity: where it stands, a quick form to log time, the time log and every detail. */
export function ActivityPage() {
  const { id = '' } = useParams();
  const activity = useActivity(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusAfterSave(heading, activity.isSuccess);
  const title = useDetailHeading(activity, activity.data?.title, {
    page: 'Learning activity',
    missing: 'Activity not found',
    failed: 'The activity could not be loaded',
  });

  return (
    <div className="page activity-page">
      <header className="page-header activity-header">
        <Breadcrumb trail={[['/learning', 'Learning']]} />
        <h1 className="page-header__title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {activity.data && <ActivityFacts activity={activity.data} />}
      </header>
      <DetailLoadState query={activity} loadingLabel="Loading the activity…">
        It may have been deleted, or the link is wrong. <Link to="/learning">See your learning</Link>.
      </DetailLoadState>
      {activity.data && <ActivityDetail key={activity.data.id} activity={activity.data} />}
    </div>
  );
}

function ActivityFacts({ activity }: { activity: LearningActivity }) {
  const remove = useDeleteActivity();
  const navigate = useNavigate();
  const showStatus = useStatus();
  const [confirming, setConfirming] = useState(false);

  function confirmDelete() {
    remove.mutate(activity.id, {
      onSuccess: () => {
        setConfirming(false);
        showStatus(`“${activity.title}” deleted, with its time log.`);
        navigate('/learning', { replace: true, state: { saved: true } satisfies Arrival });
      },
    });
  }

  return (
    <>
      <p className="activity-header__meta">
        <Badge tone="muted">{KIND_LABELS[activity.kind]}</Badge>
        <Badge>{STATUS_LABELS[activity.status]}</Badge>
        {activity.provider && <span>{activity.provider}</span>}
      </p>
      <HoursSpent activity={activity} className="activity-header__hours" />
      <div className="activity-header__actions">
        <ButtonLink variant="secondary" size="small" to={`/learning/${activity.id}/edit`}>
          Edit activity
        </ButtonLink>
        <Button variant="danger-outline" className="button--small" onClick={() => setConfirming(true)}>
          Delete activity
        </Button>
      </div>
      <DeleteDialog
        open={confirming}
        title={`Delete “${activity.title}”?`}
        confirmLabel="Delete activity"
        request={remove}
        onConfirm={confirmDelete}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Its time log goes with it
          {activity.goalId ? ', and so do the check-ins the log wrote on its goal' : ''}. This cannot be
          undone.
        </p>
      </DeleteDialog>
    </>
  );
}

function ActivityDetail({ activity }: { activity: LearningActivity }) {
  const log = useLog(activity.id);
  const goals = useGoals();
  const skills = useSkillNames(activity.skillIds);
  const today = useToday();
  const goal = activity.goalId ? goals.data?.find((g) => g.id === activity.goalId) : undefined;
  const minutesRef = useRef<HTMLInputElement>(null);
  const { hash } = useLocation();

  useEffect(() => {
    if (hash !== '#log') return;
    // After the shell has moved focus to the page heading: bring the person to the log form.
    const timer = setTimeout(() => {
      document.getElementById('log')?.scrollIntoView({ block: 'start' });
      minutesRef.current?.focus({ preventScroll: true });
    }, 50);
    return () => clearTimeout(timer);
  }, [hash]);

  return (
    <div className="page__stack">
      <QuickLog activity={activity} goal={goal} today={today} minutesRef={minutesRef} />
      <Panel id="time-log" title="Time log">
        {log.isPending && <Loading label="Loading the time log…" />}
        {log.isError && <LoadError error={log.error} onRetry={() => void log.refetch()} />}
        {log.data && <LogList activity={activity} entries={log.data} goal={goal} today={today} />}
      </Panel>
      <Panel id="details" title="Details">
        <ActivityDetails activity={activity} goal={goal} skills={skills} today={today} />
      </Panel>
    </div>
  );
}

interface QuickLogProps {
  activity: LearningActivity;
  goal: Goal | undefined;
  today: string;
  minutesRef: RefObject<HTMLInputElement | null>;
}

/** The quick form: a day (today unless changed), the time and a note; then what it did to the goal. */
function QuickLog({ activity, goal, today, minutesRef }: QuickLogProps) {
  const create = useCreateLog(activity.id);
  const showStatus = useStatus();
  const [result, setResult] = useState<string | null>(null);

  return (
    <section className="log-time" id="log" aria-labelledby="log-title">
      <h2 id="log-title" className="log-time__title">
        Log time
      </h2>
      <p className="log-time__lead">
        {activity.goalId
          ? `Each entry checks in on ${goal ? `‘${goal.title}’` : 'its goal'} too.`
          : 'Link a goal that adds up hours to have each entry check in on it.'}
      </p>
      <LogForm
        idPrefix="log"
        today={today}
        initial={{ date: today, minutes: '', note: '' }}
        submitLabel="Log time"
        pendingLabel="Logging…"
        pending={create.isPending}
        serverError={create.error}
        minutesRef={minutesRef}
        onSubmit={(body, reset) => {
          setResult(null);
          create.mutate(body, {
            onSuccess: (entry) => {
              const fed = feedText(entry, activity.goalId, goal);
              const sentence = `Logged ${formatMinutes(entry.minutes)} on ${formatDate(entry.date)}.${fed ? ` ${fed}` : ''}`;
              showStatus(sentence);
              setResult(sentence);
              reset();
              minutesRef.current?.focus();
            },
          });
        }}
      />
      {result && <Notice className="log-time__result">{result}</Notice>}
    </section>
  );
}
