import type { LearningActivity } from '@shared/learning/learning.schema.ts';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { skillsOf, useSkillNames } from '../../skills/api/skillNames.ts';
import { useSkill } from '../../skills/api/skills.ts';
import type { Arrival } from '../../skills/components/arrival.ts';
import { useActivity } from '../api/learning.ts';
import { ActivityForm } from '../components/ActivityForm.tsx';
import { activityValues, newActivityValues } from '../components/activityFormValues.ts';
import { KINDS, type LearningKind } from '../components/labels.ts';
import '../../../components/page.css';

/**
 * `/learning/new` (optionally `?skillId=` to start with a skill, `?kind=` with a kind) and
 * `/learning/:id/edit`.
 */
export function ActivityFormPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const skillId = id ? '' : (search.get('skillId') ?? '');
  const kind = KINDS.find((k) => k === search.get('kind')) ?? 'course';
  const editing = useActivity(id ?? '', Boolean(id));
  const skill = useSkill(skillId, skillId !== '');
  const skills = useSkillNames(editing.data?.skillIds ?? []);
  const navigate = useNavigate();
  const location = useLocation();
  const showStatus = useStatus();
  const title = id ? 'Edit activity' : 'Add a learning activity';
  useDocumentTitle(title);

  const loading = id ? editing : skillId ? skill : null;
  const ready = id ? editing.data !== undefined && !skills.pending : !skillId || skill.data !== undefined;

  function onCancel() {
    if (location.key !== 'default') navigate(-1);
    else navigate(id ? `/learning/${id}` : '/learning');
  }

  function onSaved(activity: LearningActivity) {
    showStatus(id ? `“${activity.title}” saved.` : `“${activity.title}” added.`);
    navigate(`/learning/${activity.id}`, { replace: true, state: { saved: true } satisfies Arrival });
  }

  return (
    <div className="page">
      <header className="page-header">
        <h1 className="page-header__title">{title}</h1>
        <p className="page-header__lead">
          {editing.data ? (
            <span>
              Changing <Link to={`/learning/${editing.data.id}`}>{editing.data.title}</Link>
            </span>
          ) : (
            <span>
              A course, certification, book, workshop, conference, degree or training on the job: what you
              take, when, and the skills and goal it serves.
            </span>
          )}
        </p>
      </header>
      {loading?.isPending && <Loading />}
      {loading?.isError && <LoadError error={loading.error} onRetry={() => void loading.refetch()} />}
      {id && editing.data && skills.pending && <Loading label="Loading its skills…" />}
      {ready && (
        <ActivityForm
          key={editing.data?.id ?? 'new'}
          initial={
            editing.data
              ? activityValues(editing.data, skillsOf(editing.data.skillIds, skills.names))
              : newActivityValues(skill.data ?? null, kind as LearningKind)
          }
          activity={editing.data}
          onSaved={onSaved}
          onCancel={onCancel}
        />
      )}
    </div>
  );
}
