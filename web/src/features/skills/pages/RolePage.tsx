import { creditFor } from '@shared/skills/credits.ts';
import type { Role, Target } from '@shared/skills/skill.schema.ts';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Badge } from '../../../components/Badge.tsx';
import { Button } from '../../../components/Button.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { DeleteDialog } from '../../../components/ConfirmDialog.tsx';
import { DetailLoadState } from '../../../components/DetailLoadState.tsx';
import { useDetailHeading } from '../../../components/detailPage.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { plural } from '../../goals/components/detail/family.ts';
import { formatDate, useToday } from '../../goals/components/widgets/dates.ts';
import { useDeleteRole, useRole } from '../api/roles.ts';
import { useMySkills } from '../api/skills.ts';
import { useTargets } from '../api/targets.ts';
import { type Arrival, useFocusAfterSave } from '../components/arrival.ts';
import { SOURCE_LABELS, skillDetail } from '../components/labels.ts';
import { Readiness } from '../components/Readiness.tsx';
import { RequirementsTable } from '../components/RequirementsTable.tsx';
import { TargetRoleForm } from '../components/TargetRoleForm.tsx';
import '../../../components/page.css';
import './RolePage.css';
import { Breadcrumb } from '../components/Breadcrumb.tsx';

/** One role: what it is, the skills it requires, its technologies, and aiming for it. */
export function RolePage() {
  const { id = '' } = useParams();
  const role = useRole(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusAfterSave(heading, role.isSuccess);
  const title = useDetailHeading(role, role.data?.title, {
    page: 'Role',
    missing: 'Role not found',
    failed: 'The role could not be loaded',
  });

  return (
    <div className="page page--wide role-page">
      <header className="page-header role-header">
        <Breadcrumb trail={[['/roles', 'Roles']]} />
        <h1 className="page-header__title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {role.data && <RoleFacts role={role.data} />}
        {role.data?.source === 'custom' && <OwnRoleActions role={role.data} />}
      </header>
      <DetailLoadState query={role} loadingLabel="Loading the role…">
        It may have been deleted, or the link is wrong. <Link to="/roles">Browse the roles</Link>.
      </DetailLoadState>
      {role.data && <RoleDetail key={role.data.id} role={role.data} />}
    </div>
  );
}

function RoleFacts({ role }: { role: Role }) {
  return (
    <>
      <p className="role-header__meta">
        <Badge tone={role.source === 'custom' ? 'accent' : 'muted'}>{SOURCE_LABELS[role.source]}</Badge>
        <span>{plural(role.requirementCount, 'required skill')}</span>
        {role.code && (
          <span>
            Code <code>{role.code}</code>
          </span>
        )}
      </p>
      {role.aliases.length > 0 && (
        <p className="role-header__aliases">Also called: {role.aliases.join(', ')}</p>
      )}
      {role.description && <p className="role-header__description">{role.description}</p>}
    </>
  );
}

function RoleDetail({ role }: { role: Role }) {
  const targets = useTargets();
  const mine = useMySkills();
  const today = useToday();
  const navigate = useNavigate();
  const showStatus = useStatus();
  const target = targets.data?.find((t) => t.role.id === role.id);
  const credit = creditFor(role.source);

  function onTargeted(created: Target) {
    showStatus(`You now aim for “${role.title}”.`);
    navigate(`/targets/${created.id}`, { state: { saved: true } satisfies Arrival });
  }

  return (
    <div className="page__stack">
      <section className="role-aim" aria-labelledby="aim-title">
        <h2 id="aim-title">Aim for this role</h2>
        {targets.isPending && <Loading />}
        {targets.isError && <LoadError error={targets.error} onRetry={() => void targets.refetch()} />}
        {target && (
          <div className="role-aim__targeted">
            <p>
              You aim for this role
              {target.targetDate ? `, by ${formatDate(target.targetDate)}` : ''}.
            </p>
            <Readiness share={target.readiness} label={`Readiness for ${role.title}`} />
            <ButtonLink variant="primary" to={`/targets/${target.id}`}>
              See your gap and plan
            </ButtonLink>
          </div>
        )}
        {targets.data && !target && (
          <>
            <p className="role-aim__lead">
              See how ready you are for it, the skills to grow first, and a plan of goals to get there.
            </p>
            <TargetRoleForm roleId={role.id} today={today} onTargeted={onTargeted} />
          </>
        )}
      </section>
      <Panel
        id="requirements"
        title="Required skills"
        description={<p>Most important first, with the level each one needs and your own level.</p>}
      >
        {role.requirements.length > 0 ? (
          <RequirementsTable role={role} mine={mine.data} />
        ) : (
          <p className="empty-line">This role lists no required skills.</p>
        )}
      </Panel>
      {role.technologies.length > 0 && (
        <Panel
          id="technologies"
          title="Technologies"
          description={<p>Tools and technologies used in this role; those in demand come first.</p>}
        >
          <ul className="tech-list">
            {role.technologies.map((t) => (
              <li key={t.skill.id} className={t.hot ? 'tech tech--hot' : 'tech'}>
                <span className="tech__name">{t.skill.name}</span>
                {t.hot && <span className="tech__hot">In demand</span>}
                <span className="visually-hidden">, {skillDetail(t.skill)}</span>
              </li>
            ))}
          </ul>
        </Panel>
      )}
      {credit && (
        <footer className="role-credit">
          <p>{credit}</p>
        </footer>
      )}
    </div>
  );
}

/** A role of one's own: edit it, or delete it (with any target of it). */
function OwnRoleActions({ role }: { role: Role }) {
  const remove = useDeleteRole();
  const targets = useTargets();
  const targeted = targets.data?.some((t) => t.role.id === role.id) ?? false;
  const navigate = useNavigate();
  const showStatus = useStatus();
  const [confirming, setConfirming] = useState(false);

  function confirmDelete() {
    remove.mutateAsync(role.id).then(
      () => {
        navigate('/roles', { replace: true });
        showStatus(`“${role.title}” was deleted.`);
      },
      () => {},
    );
  }

  return (
    <div className="role-own">
      <div className="role-own__actions">
        <ButtonLink variant="secondary" to={`/roles/${role.id}/edit`}>
          Edit role
        </ButtonLink>
        <Button variant="danger-outline" onClick={() => setConfirming(true)}>
          Delete role…
        </Button>
        <span className="role-own__lead">A role of your own: only you see it.</span>
      </div>
      <DeleteDialog
        open={confirming}
        title={`Delete “${role.title}”?`}
        confirmLabel="Delete role"
        request={remove}
        onConfirm={confirmDelete}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {targeted ? 'You aim for this role: that target goes with it. ' : ''}
          Goals you created from its plan stay, and so do your assessments. This cannot be undone.
        </p>
      </DeleteDialog>
    </div>
  );
}
