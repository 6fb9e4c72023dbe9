import { useRef } from 'react';
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useLedger } from '../../practice/api/practice.ts';
import { LedgerTable } from '../../practice/components/LedgerTable.tsx';
import { useMySkills } from '../api/skills.ts';
import { useTargets } from '../api/targets.ts';
import { useFocusAfterSave } from '../components/arrival.ts';
import { MySkillList } from '../components/MySkillList.tsx';
import { TargetList } from '../components/TargetList.tsx';
import '../../../components/empty-state.css';
import '../../../components/page.css';
import './SkillsPage.css';

/**
 * Where the person stands: their target roles with readiness, every skill they have assessed with
 * their level, others' views and the history, and their learning against their practice per skill.
 * With none of these yet, one card says how to start.
 */
export function SkillsPage() {
  useDocumentTitle('Skills');
  const skills = useMySkills();
  const targets = useTargets();
  const ledger = useLedger();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusAfterSave(heading, skills.isSuccess);
  const isNew = skills.data?.length === 0 && targets.data?.length === 0 && ledger.data?.length === 0;
  const focusHeading = () => heading.current?.focus();

  return (
    <div className="page page--wide skills-page">
      <header className="page-header page-header--with-action">
        <div>
          <h1 className="page-header__title" ref={heading} tabIndex={-1}>
            Skills
          </h1>
          <p className="page-header__lead">
            Where you stand on each skill, and how ready you are for the roles you aim for.
          </p>
        </div>
        {!isNew && skills.data && (
          <ButtonLink variant="primary" to="/skills/assess" state={{ from: '/skills' }}>
            Assess a skill
          </ButtonLink>
        )}
      </header>
      {(skills.isPending || targets.isPending || ledger.isPending) && <Loading />}
      {skills.isError && <LoadError error={skills.error} onRetry={() => void skills.refetch()} />}
      {targets.isError && <LoadError error={targets.error} onRetry={() => void targets.refetch()} />}
      {ledger.isError && <LoadError error={ledger.error} onRetry={() => void ledger.refetch()} />}
      {isNew && (
        <section className="empty-state" aria-labelledby="skills-empty-title">
          <h2 id="skills-empty-title" className="empty-state__title">
            No skills assessed yet
          </h2>
          <p>
            Start with a skill you use at work: choose how well you know it, from 0 (none) to 5 (expert), by
            the description of each level. Add what your mentor or manager thinks too. Then pick a role you
            aim for, from the catalogue or a job posting, to see how ready you are and what to learn next.
          </p>
          <div className="empty-state__actions">
            <ButtonLink variant="primary" to="/skills/assess" state={{ from: '/skills' }}>
              Assess your first skill
            </ButtonLink>
            <ButtonLink variant="secondary" to="/roles">
              Browse roles
            </ButtonLink>
          </div>
        </section>
      )}
      {!isNew && skills.data && targets.data && ledger.data && (
        <div className="page__stack">
          <Panel
            id="targets"
            title="Target roles"
            description={
              <p>
                The roles you aim for: how much of each one’s weighted requirements your levels meet today.
              </p>
            }
          >
            {targets.data.length > 0 ? (
              <TargetList targets={targets.data} onRemoved={focusHeading} />
            ) : (
              <p className="empty-line">
                No target roles yet. <Link to="/roles">Browse roles</Link> or{' '}
                <Link to="/roles/new/from-posting">paste a job posting</Link> to aim for one.
              </p>
            )}
            {targets.data.length > 0 && (
              <p className="skills-page__more">
                <Link to="/roles">Browse roles</Link>
                <span aria-hidden="true"> · </span>
                <Link to="/roles/new/from-posting">Paste a job posting</Link>
              </p>
            )}
          </Panel>
          <Panel
            id="my-skills"
            title="Your skills"
            description={
              <p>
                Your level is your latest self-assessment; mentors’, managers’ and peers’ latest views stand
                beside it.
              </p>
            }
          >
            {skills.data.length > 0 ? (
              <MySkillList skills={skills.data} onEmptied={focusHeading} />
            ) : (
              <p className="empty-line">
                No skills assessed yet. <Link to="/skills/assess">Assess a skill</Link> that your target roles
                need.
              </p>
            )}
          </Panel>
          <Panel
            id="ledger"
            title="Learning and practice by skill"
            description={
              <p>
                Time spent learning each skill against time spent doing it, as of today. Where knowledge has
                run ahead of practice, it says so.
              </p>
            }
          >
            {ledger.data.length > 0 ? (
              <LedgerTable rows={ledger.data} />
            ) : (
              <p className="empty-line">
                Nothing logged yet. Log time on a <Link to="/learning">course or book</Link>, or{' '}
                <Link to="/practice">practice</Link> on real work, and each skill’s hours show here.
              </p>
            )}
          </Panel>
        </div>
      )}
    </div>
  );
}
