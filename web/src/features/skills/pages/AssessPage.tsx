import type { Assessment, SkillRef } from '@shared/skills/skill.schema.ts';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useToday } from '../../goals/components/widgets/dates.ts';
import { useSkill } from '../api/skills.ts';
import { AssessForm } from '../components/AssessForm.tsx';
import { type Arrival, arrivedFrom } from '../components/arrival.ts';
import { ASSESSOR_LABELS, levelLabel } from '../components/labels.ts';
import '../../../components/page.css';

/** `/skills/assess`, optionally `?skillId=` for one skill (from a gap list, say). */
export function AssessPage() {
  useDocumentTitle('Assess a skill');
  const [search] = useSearchParams();
  const skillId = search.get('skillId') ?? '';
  const skill = useSkill(skillId, skillId !== '');
  const today = useToday();
  const navigate = useNavigate();
  const location = useLocation();
  const showStatus = useStatus();
  const back = arrivedFrom(location.state) ?? '/skills';

  function onSaved(assessment: Assessment, chosen: SkillRef) {
    const by = assessment.source === 'self' ? '' : ` (${ASSESSOR_LABELS[assessment.source].toLowerCase()})`;
    showStatus(`Assessment saved: ${chosen.name}, ${levelLabel(assessment.level)}${by}.`);
    navigate(back, { replace: true, state: { saved: true } satisfies Arrival });
  }

  function onCancel() {
    if (location.key !== 'default') navigate(-1);
    else navigate(back);
  }

  return (
    <div className="page">
      <header className="page-header">
        <h1 className="page-header__title">Assess a skill</h1>
        <p className="page-header__lead">
          <span>
            Choose the level that describes what you can do today. Assess again whenever it changes:{' '}
            <Link to="/skills">your skills</Link> keep the history.
          </span>
        </p>
      </header>
      {skillId !== '' && skill.isPending && <Loading label="Loading the skill…" />}
      {skillId !== '' && skill.isError && (
        <LoadError error={skill.error} onRetry={() => void skill.refetch()} />
      )}
      {(skillId === '' || skill.data) && (
        <AssessForm
          key={skill.data?.id ?? 'any'}
          initialSkill={skill.data ?? null}
          today={today}
          onSaved={onSaved}
          onCancel={onCancel}
        />
      )}
    </div>
  );
}
