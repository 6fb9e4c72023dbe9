import type { Skill } from '@shared/skills/skill.schema.ts';
import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { Badge } from '../../../components/Badge.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { DetailLoadState } from '../../../components/DetailLoadState.tsx';
import { isNotFound, useDetailHeading } from '../../../components/detailPage.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { plural } from '../../goals/components/detail/family.ts';
import { formatDate, useToday } from '../../goals/components/widgets/dates.ts';
import { useActivities } from '../../learning/api/learning.ts';
import { formatMinutes } from '../../learning/components/duration.ts';
import { HoursSpent } from '../../learning/components/HoursSpent.tsx';
import { KIND_LABELS, STATUS_LABELS } from '../../learning/components/labels.ts';
import { useMySkills, useSkill } from '../../skills/api/skills.ts';
import { AssessmentHistory } from '../../skills/components/AssessmentHistory.tsx';
import { Breadcrumb } from '../../skills/components/Breadcrumb.tsx';
import { SOURCE_LABELS, skillDetail } from '../../skills/components/labels.ts';
import { StandingFacts } from '../../skills/components/StandingFacts.tsx';
import { usePractice, useSkillLedger } from '../api/practice.ts';
import { SkillLedger } from '../components/SkillLedger.tsx';
import '../../../components/page.css';
import '../../skills/components/my-skills.css';
import '../components/practice.css';

/** Practice entries the skill page lists before pointing to the whole log. */
const RECENT = 10;

/**
 * One skill: what it is, your level and its history, your learning against your practice of it with
 * the ledger's flags, the activities and practice entries on it, and ways to add to each.
 */
export function SkillPage() {
  const { id = '' } = useParams();
  const skill = useSkill(id);
  const heading = useRef<HTMLHeadingElement>(null);
  const title = useDetailHeading(skill, skill.data?.name, {
    page: 'Skill',
    missing: 'Skill not found',
    failed: 'The skill could not be loaded',
  });

  return (
    <div className="page page--wide skill-page">
      <header className="page-header skill-header">
        <Breadcrumb trail={[['/skills', 'Skills']]} />
        <h1 className="page-header__title" ref={heading} tabIndex={-1}>
          {/* A failed reload says so even over the skill drawn before it. */}
          {skill.isError && !isNotFound(skill.error) ? 'The skill could not be loaded' : title}
        </h1>
        {skill.data && <SkillFacts skill={skill.data} />}
      </header>
      <DetailLoadState query={skill} loadingLabel="Loading the skill…">
        It may have been deleted, or the link is wrong. <Link to="/skills">See your skills</Link>.
      </DetailLoadState>
      {skill.data && (
        <SkillDetail key={skill.data.id} skill={skill.data} onEmptied={() => heading.current?.focus()} />
      )}
    </div>
  );
}

function SkillFacts({ skill }: { skill: Skill }) {
  const from = `/skills/${skill.id}`;
  const q = encodeURIComponent(skill.id);
  return (
    <>
      <p className="skill-header__meta">
        <span>{skillDetail(skill)}</span>
        {skill.source === 'custom' && <Badge>{SOURCE_LABELS.custom}</Badge>}
        {skill.hot && <Badge tone="muted">In demand</Badge>}
      </p>
      {skill.aliases.length > 0 && (
        <p className="skill-header__aliases">Also called: {skill.aliases.join(', ')}</p>
      )}
      {skill.description && <p className="skill-header__description">{skill.description}</p>}
      <div className="skill-header__actions">
        <ButtonLink variant="primary" to={`/skills/assess?skillId=${q}`} state={{ from }}>
          Assess<span className="visually-hidden"> {skill.name}</span>
        </ButtonLink>
        <ButtonLink variant="secondary" to={`/practice?skillId=${q}`}>
          Log practice<span className="visually-hidden"> of {skill.name}</span>
        </ButtonLink>
        <ButtonLink variant="secondary" to={`/learning/new?skillId=${q}`}>
          Add a course<span className="visually-hidden"> for {skill.name}</span>
        </ButtonLink>
      </div>
    </>
  );
}

function SkillDetail({ skill, onEmptied }: { skill: Skill; onEmptied: () => void }) {
  const mine = useMySkills();
  const ledger = useSkillLedger(skill.id);
  const activities = useActivities({ skillId: skill.id });
  const practice = usePractice({ skillId: skill.id });
  const today = useToday();
  const standing = mine.data?.find((m) => m.skill.id === skill.id);
  const recent = practice.data?.slice(0, RECENT) ?? [];

  return (
    <div className="page__stack">
      <Panel id="level" title="Your level">
        {mine.isPending && <Loading />}
        {mine.isError && <LoadError error={mine.error} onRetry={() => void mine.refetch()} />}
        {mine.data && !standing && (
          <p className="empty-line">
            Not assessed yet.{' '}
            <Link to={`/skills/assess?skillId=${encodeURIComponent(skill.id)}`}>Assess it</Link> to see where
            you stand, and ask a mentor or manager for their view.
          </p>
        )}
        {standing && (
          <div className="skill-page__level">
            <StandingFacts standing={standing} />
            <h3 className="skill-page__subtitle">History</h3>
            <AssessmentHistory id="assessment-history" skill={skill} onDeleted={onEmptied} />
          </div>
        )}
      </Panel>
      <Panel
        id="skill-ledger"
        title="Learning and practice"
        description={<p>Time spent learning {skill.name} against time spent doing it, as of today.</p>}
      >
        {ledger.isPending && <Loading />}
        {ledger.isError && <LoadError error={ledger.error} onRetry={() => void ledger.refetch()} />}
        {ledger.data && <SkillLedger row={ledger.data} today={today} />}
      </Panel>
      <Panel id="skill-learning" title="Learning activities">
        {activities.isPending && <Loading />}
        {activities.isError && (
          <LoadError error={activities.error} onRetry={() => void activities.refetch()} />
        )}
        {activities.data?.length === 0 && (
          <p className="empty-line">
            No course, book or certification for {skill.name} yet.{' '}
            <Link to={`/learning/new?skillId=${encodeURIComponent(skill.id)}`}>Add one</Link>.
          </p>
        )}
        {activities.data && activities.data.length > 0 && (
          <ul className="skill-page__list" aria-label={`Learning activities for ${skill.name}`}>
            {activities.data.map((a) => (
              <li key={a.id} className="skill-page__item">
                <p className="skill-page__item-title">
                  <Link to={`/learning/${a.id}`}>{a.title}</Link>
                </p>
                <p className="skill-page__item-meta">
                  {KIND_LABELS[a.kind]} · {STATUS_LABELS[a.status]}
                </p>
                <HoursSpent activity={a} className="skill-page__hours" />
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel id="skill-practice" title="Practice">
        {practice.isPending && <Loading />}
        {practice.isError && <LoadError error={practice.error} onRetry={() => void practice.refetch()} />}
        {practice.data?.length === 0 && (
          <p className="empty-line">
            No practice of {skill.name} logged yet.{' '}
            <Link to={`/practice?skillId=${encodeURIComponent(skill.id)}`}>Log some</Link>: doing counts for
            more than reading about it.
          </p>
        )}
        {recent.length > 0 && (
          <>
            <ul className="skill-page__list" aria-label={`Practice of ${skill.name}, newest first`}>
              {recent.map((e) => (
                <li key={e.id} className="skill-page__item">
                  <p className="skill-page__item-title">
                    <Link to={`/practice?skillId=${encodeURIComponent(skill.id)}#practice-${e.id}`}>
                      {e.title}
                    </Link>
                  </p>
                  <p className="skill-page__item-meta">
                    <time dateTime={e.date}>{formatDate(e.date)}</time> · {formatMinutes(e.minutes)}
                  </p>
                </li>
              ))}
            </ul>
            <p className="skill-page__more">
              <Link to={`/practice?skillId=${encodeURIComponent(skill.id)}`}>
                {practice.data && practice.data.length > RECENT
                  ? `See all ${plural(practice.data.length, 'entry', 'entries')}`
                  : 'See them in your practice log'}
              </Link>
            </p>
          </>
        )}
      </Panel>
    </div>
  );
}
