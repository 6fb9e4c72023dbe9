import type { Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { skillsOf, useSkillNames } from '../../skills/api/skillNames.ts';
import type { Arrival } from '../../skills/components/arrival.ts';
import { Breadcrumb } from '../../skills/components/Breadcrumb.tsx';
import { useMentorship } from '../api/mentorships.ts';
import { MentorshipForm } from '../components/MentorshipForm.tsx';
import { mentorshipValues, newMentorshipValues } from '../components/mentorshipFormValues.ts';
import { otherName } from '../components/mentorshipText.ts';
import { canEdit } from '../components/permissions.ts';
import '../../../components/page.css';
import '../components/mentoring.css';

/** `/mentoring/new` (`?role=mentor` to mentor someone) and `/mentoring/:id/edit`. */
export function MentorshipFormPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const editing = useMentorship(id ?? '', Boolean(id));
  const skills = useSkillNames(editing.data?.skillIds ?? []);
  const navigate = useNavigate();
  const location = useLocation();
  const showStatus = useStatus();
  const role = search.get('role') === 'mentor' ? 'mentor' : 'mentee';
  const m = editing.data;
  const title = id ? 'Change the mentorship' : role === 'mentee' ? 'Find a mentor' : 'Mentor someone';
  useDocumentTitle(title);

  function onCancel() {
    if (location.key !== 'default') navigate(-1);
    else navigate(id ? `/mentoring/${id}` : '/mentoring');
  }

  function onSaved(saved: Mentorship) {
    if (id) showStatus(`Mentorship with ${otherName(saved)} saved.`);
    else if (saved.state === 'invited')
      showStatus(
        `Invitation ready for ${otherName(saved)}: it waits on their Mentoring page once they sign in with that address.`,
      );
    else showStatus(`Mentorship with ${otherName(saved)} started.`);
    navigate(`/mentoring/${saved.id}`, { replace: true, state: { saved: true } satisfies Arrival });
  }

  return (
    <div className="page">
      <header className="page-header">
        <Breadcrumb
          trail={[
            ['/mentoring', 'Mentoring'],
            ...(m ? ([[`/mentoring/${m.id}`, otherName(m)]] as const) : []),
          ]}
        />
        <h1 className="page-header__title">{title}</h1>
        <p className="page-header__lead">
          {m ? (
            <span>
              Your mentorship with <Link to={`/mentoring/${m.id}`}>{otherName(m)}</Link>
              {m.myRole === 'mentor' ? ': as the mentor you change its focus and cadence.' : '.'}
            </span>
          ) : role === 'mentee' ? (
            <span>
              Ask someone to mentor you: agree on what to work on and how often to meet, and choose what they
              see of your goals and skills.
            </span>
          ) : (
            <span>Offer to mentor someone: they see the invitation and choose what to share with you.</span>
          )}
        </p>
      </header>
      {id && editing.isPending && <Loading label="Loading the mentorship…" />}
      {id && editing.isError && <LoadError error={editing.error} onRetry={() => void editing.refetch()} />}
      {id && m && skills.pending && <Loading label="Loading its skills…" />}
      {m && !canEdit(m) && (
        <Notice>
          This mentorship can no longer be changed.{' '}
          <Link to={`/mentoring/${m.id}`}>Back to the mentorship</Link>.
        </Notice>
      )}
      {(!id || (m && canEdit(m) && !skills.pending)) && (
        <MentorshipForm
          key={m?.id ?? role}
          initial={m ? mentorshipValues(m, skillsOf(m.skillIds, skills.names)) : newMentorshipValues(role)}
          mentorship={m}
          onSaved={onSaved}
          onCancel={onCancel}
        />
      )}
    </div>
  );
}
