import type { Gap, Target } from '@shared/skills/skill.schema.ts';
import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { messageOf } from '../../../api/errors.ts';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { DetailLoadState } from '../../../components/DetailLoadState.tsx';
import { useDetailHeading } from '../../../components/detailPage.ts';
import { Notice } from '../../../components/Notice.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { plural } from '../../goals/components/detail/family.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { useMySkills } from '../api/skills.ts';
import { useDeleteTarget, useGap, useTargets } from '../api/targets.ts';
import { useFocusAfterSave } from '../components/arrival.ts';
import { SkillChart } from '../components/chart/SkillChart.tsx';
import { GapList } from '../components/GapList.tsx';
import { readinessPercent } from '../components/labels.ts';
import { PlanPanel } from '../components/PlanPanel.tsx';
import { Readiness } from '../components/Readiness.tsx';
import '../../../components/page.css';
import './TargetPage.css';
import { Breadcrumb } from '../components/Breadcrumb.tsx';

/** A target role: readiness, the chart of levels against those required, the gap by priority, the plan. */
export function TargetPage() {
  const { id = '' } = useParams();
  const gap = useGap(id);
  const targets = useTargets();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusAfterSave(heading, gap.isSuccess);
  const target = targets.data?.find((t) => t.id === id);
  const title = useDetailHeading(gap, gap.data?.role.title, {
    page: 'Target role',
    missing: 'Target role not found',
    // A gap that cannot be measured keeps the page's name; the error below says why.
    failed: 'Target role',
  });

  return (
    <div className="page page--wide target-page">
      <header className="page-header target-header">
        <Breadcrumb trail={[['/skills', 'Skills']]} />
        <h1 className="page-header__title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {gap.data && <TargetFacts gap={gap.data} target={target} />}
      </header>
      <DetailLoadState query={gap} loadingLabel="Measuring the gap…">
        You may have stopped aiming for this role, or the link is wrong.{' '}
        <Link to="/skills">See your target roles</Link>.
      </DetailLoadState>
      {gap.data && <TargetDetail targetId={id} gap={gap.data} />}
    </div>
  );
}

function TargetFacts({ gap, target }: { gap: Gap; target: Target | undefined }) {
  return (
    <>
      <p className="target-header__lead">
        <span>Target role</span>
        {target?.targetDate && (
          <span>
            , by <time dateTime={target.targetDate}>{formatDate(target.targetDate)}</time>
          </span>
        )}
        <span aria-hidden="true"> · </span>
        <Link to={`/roles/${gap.role.id}`}>About the role</Link>
      </p>
      {target && <StopAiming target={target} />}
    </>
  );
}

function TargetDetail({ targetId, gap }: { targetId: string; gap: Gap }) {
  const mine = useMySkills();
  const assessed = useMemo(
    () =>
      mine.data ? new Set(mine.data.filter((m) => m.current !== null).map((m) => m.skill.id)) : undefined,
    [mine.data],
  );
  const lines = gap.items.map((i) => ({
    skillId: i.skill.id,
    name: i.skill.name,
    current: i.current,
    required: i.required,
  }));
  const met = gap.items.filter((i) => i.gap === 0).length;

  if (gap.items.length === 0) {
    return (
      <p className="empty-line">
        This role lists no required skills, so there is nothing to measure.{' '}
        <Link to={`/roles/${gap.role.id}`}>See the role</Link>.
      </p>
    );
  }
  return (
    <div className="page__stack">
      <Panel
        id="readiness"
        title="Readiness"
        description={
          <p>How much of what the role asks your levels meet today, each skill weighed by its importance.</p>
        }
      >
        <div className="target-readiness">
          <div className="target-readiness__numbers">
            <Readiness share={gap.readiness} label={`Readiness for ${gap.role.title}`} size="large" />
            <p className="target-readiness__met">
              You meet {met} of {plural(gap.items.length, 'required level')}. Levels you have not assessed
              yourself count as 0; a mentor’s, manager’s or peer’s view is shown, not counted.
            </p>
          </div>
          <SkillChart roleTitle={gap.role.title} lines={lines} />
        </div>
      </Panel>
      <Panel
        id="gap"
        title="Gap"
        description={
          <p>
            Highest priority first: importance × the levels still to go. Assess a skill again as it grows;
            only your own assessments count.
          </p>
        }
      >
        <GapList items={gap.items} assessed={assessed} from={`/targets/${targetId}`} />
      </Panel>
      <Panel
        id="plan"
        title="Plan"
        description={
          <p>
            Goals that raise the skills with the highest priority to their required level, broken into slices,
            each with a learning and a practice step. Readiness now: {readinessPercent(gap.readiness)}.
          </p>
        }
      >
        <PlanPanel targetId={targetId} items={gap.items} />
      </Panel>
    </div>
  );
}

function StopAiming({ target }: { target: Target }) {
  const remove = useDeleteTarget();
  const navigate = useNavigate();
  const showStatus = useStatus();
  const [confirming, setConfirming] = useState(false);

  function confirm() {
    remove.mutateAsync(target.id).then(
      () => {
        navigate('/skills', { replace: true });
        showStatus(`You no longer aim for “${target.role.title}”.`);
      },
      () => {},
    );
  }

  return (
    <div className="target-header__actions">
      <Button variant="quiet" className="button--quiet-danger" onClick={() => setConfirming(true)}>
        Stop aiming for this role…
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Stop aiming for “${target.role.title}”?`}
        tone="danger"
        confirmLabel="Stop aiming for it"
        pendingLabel="Removing…"
        pending={remove.isPending}
        onConfirm={confirm}
        onCancel={() => {
          remove.reset();
          setConfirming(false);
        }}
      >
        <p>
          The role leaves your target roles. The role itself, your assessments and any goals you created from
          its plan stay. You can aim for it again at any time.
        </p>
        {remove.isError && (
          <Notice tone="danger" role="alert">
            {messageOf(remove.error)}
          </Notice>
        )}
      </ConfirmDialog>
    </div>
  );
}
