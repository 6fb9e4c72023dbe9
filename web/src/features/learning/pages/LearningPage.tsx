import type { LearningActivity } from '@shared/learning/learning.schema.ts';
import { useRef } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useGoals } from '../../goals/api/goals.ts';
import { plural } from '../../goals/components/detail/family.ts';
import { useToday } from '../../goals/components/widgets/dates.ts';
import { useSkillNames } from '../../skills/api/skillNames.ts';
import { useFocusAfterSave } from '../../skills/components/arrival.ts';
import { useActivities } from '../api/learning.ts';
import { ActivityCard } from '../components/ActivityCard.tsx';
import { KIND_LABELS, KINDS, type LearningKind, STATUS_LABELS, STATUSES } from '../components/labels.ts';
import '../../../components/empty-state.css';
import '../../../components/page.css';
import '../components/learning.css';

const kindOf = (value: string | null): LearningKind | null =>
  KINDS.includes(value as LearningKind) ? (value as LearningKind) : null;

/**
 * The Learning page: every activity, grouped by status (in progress first), narrowed by kind and
 * skill (kept in the address). The person's activities are a few dozen at most, so they are read
 * once and filtered here: changing a filter asks nothing of the server.
 */
export function LearningPage() {
  useDocumentTitle('Learning');
  const [params, setParams] = useSearchParams();
  const kind = kindOf(params.get('kind'));
  const skillId = params.get('skillId') ?? '';
  const activities = useActivities();
  const goals = useGoals();
  const today = useToday();
  const all = activities.data ?? [];
  const skills = useSkillNames([...all.flatMap((a) => a.skillIds), ...(skillId ? [skillId] : [])]);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusAfterSave(heading, activities.isSuccess);
  const goalsById = new Map(goals.data?.map((g) => [g.id, g]));
  const shown = all.filter(
    (a) => (kind === null || a.kind === kind) && (skillId === '' || a.skillIds.includes(skillId)),
  );
  const narrowed = kind !== null || skillId !== '';
  const skillOptions = [...skills.names.values()]
    .filter((s) => s.id === skillId || all.some((a) => a.skillIds.includes(s.id)))
    .sort((a, b) => a.name.localeCompare(b.name));

  function write(next: { kind: LearningKind | null; skillId: string }) {
    const search = new URLSearchParams();
    if (next.kind) search.set('kind', next.kind);
    if (next.skillId) search.set('skillId', next.skillId);
    setParams(search, { replace: true });
  }

  return (
    <div className="page page--wide learning-page">
      <header className="page-header page-header--with-action">
        <div>
          <h1 className="page-header__title" ref={heading} tabIndex={-1}>
            Learning
          </h1>
          <p className="page-header__lead">
            Courses, certifications, books and more: the time you put in, and the goals it moves.
          </p>
        </div>
        {all.length > 0 && (
          <ButtonLink variant="primary" to="/learning/new">
            Add an activity
          </ButtonLink>
        )}
      </header>
      {activities.isPending && <Loading label="Loading your learning…" />}
      {activities.isError && <LoadError error={activities.error} onRetry={() => void activities.refetch()} />}
      {activities.isSuccess && all.length === 0 && (
        <section className="empty-state" aria-labelledby="learning-empty-title">
          <h2 id="learning-empty-title" className="empty-state__title">
            Nothing learned here yet
          </h2>
          <p>
            Add the courses, certifications, books and workshops you take or plan to take. Log the time you
            spend as you go: it counts towards a goal in hours, and stands beside what you practise of each
            skill.
          </p>
          <ButtonLink variant="primary" to="/learning/new">
            Add your first activity
          </ButtonLink>
        </section>
      )}
      {all.length > 0 && (
        <>
          <search className="learning-filters" aria-label="Filter your learning">
            <SelectField
              id="learning-kind"
              label="Kind"
              value={kind ?? ''}
              onChange={(e) => write({ kind: kindOf(e.target.value), skillId })}
              options={KINDS.map((k) => [k, KIND_LABELS[k]])}
            >
              <option value="">All kinds</option>
            </SelectField>
            <SelectField
              id="learning-skill"
              label="Skill"
              value={skillId}
              onChange={(e) => write({ kind, skillId: e.target.value })}
              options={skillOptions.map((s) => [s.id, s.name])}
            >
              <option value="">All skills</option>
            </SelectField>
          </search>
          <p className="learning-page__count" role="status">
            {narrowed ? `${shown.length} of ${plural(all.length, 'activity', 'activities')}` : countText(all)}
          </p>
          {shown.length === 0 ? (
            <div className="empty-line">
              <p>No activity of yours matches these filters.</p>
              <Button variant="quiet" onClick={() => write({ kind: null, skillId: '' })}>
                Show all activities
              </Button>
            </div>
          ) : (
            <div className="page__stack">
              {STATUSES.map((status) => {
                const group = shown.filter((a) => a.status === status);
                if (group.length === 0) return null;
                return (
                  <section key={status} className="activity-group" aria-labelledby={`status-${status}`}>
                    <h2 id={`status-${status}`} className="activity-group__title">
                      {STATUS_LABELS[status]} <span className="activity-group__count">({group.length})</span>
                    </h2>
                    <ul className="activity-list">
                      {group.map((activity) => (
                        <ActivityCard
                          key={activity.id}
                          activity={activity}
                          skills={skills}
                          goal={activity.goalId ? goalsById.get(activity.goalId) : undefined}
                          today={today}
                        />
                      ))}
                    </ul>
                  </section>
                );
              })}
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** "5 activities: 2 in progress, 3 planned". */
function countText(all: readonly LearningActivity[]): string {
  const parts = STATUSES.flatMap((status) => {
    const n = all.filter((a) => a.status === status).length;
    return n === 0 ? [] : [`${n} ${STATUS_LABELS[status].toLowerCase()}`];
  });
  return `${plural(all.length, 'activity', 'activities')}: ${parts.join(', ')}`;
}
