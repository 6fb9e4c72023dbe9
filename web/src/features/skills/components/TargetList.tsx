import type { Target } from '@shared/skills/skill.schema.ts';
import { useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../../api/errors.ts';
import { Badge } from '../../../components/Badge.tsx';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { plural } from '../../goals/components/detail/family.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { useDeleteTarget } from '../api/targets.ts';
import { SOURCE_LABELS } from './labels.ts';
import { Readiness } from './Readiness.tsx';
import './targets.css';

/** The person's target roles, each with its readiness, a way to its page, and a way to stop aiming for it. */
export function TargetList({ targets, onRemoved }: { targets: readonly Target[]; onRemoved: () => void }) {
  const remove = useDeleteTarget();
  const showStatus = useStatus();
  const [removing, setRemoving] = useState<Target | null>(null);

  function confirmRemove() {
    if (!removing) return;
    remove.mutateAsync(removing.id).then(
      () => {
        showStatus(`You no longer aim for “${removing.role.title}”.`);
        setRemoving(null);
        onRemoved();
      },
      () => {},
    );
  }

  return (
    <>
      <ul className="target-list" aria-label="Your target roles">
        {targets.map((target) => (
          <li key={target.id} className="target-card">
            <h3 className="target-card__title">
              <Link to={`/targets/${target.id}`}>{target.role.title}</Link>
            </h3>
            <Readiness share={target.readiness} label={`Readiness for ${target.role.title}`} />
            <p className="target-card__meta">
              <Badge tone="muted">{SOURCE_LABELS[target.role.source]}</Badge>
              <span>{plural(target.role.requirementCount, 'requirement')}</span>
              <span>
                {target.targetDate ? (
                  <>
                    By <time dateTime={target.targetDate}>{formatDate(target.targetDate)}</time>
                  </>
                ) : (
                  'No target date'
                )}
              </span>
            </p>
            <Button
              variant="quiet"
              className="button--quiet-danger target-card__remove"
              onClick={() => setRemoving(target)}
            >
              Stop aiming for it…<span className="visually-hidden"> {target.role.title}</span>
            </Button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        title={`Stop aiming for “${removing?.role.title ?? ''}”?`}
        tone="danger"
        confirmLabel="Stop aiming for it"
        pendingLabel="Removing…"
        pending={remove.isPending}
        onConfirm={confirmRemove}
        onCancel={() => {
          remove.reset();
          setRemoving(null);
        }}
      >
        <p>
          The role leaves your target roles, with its readiness and gap. The role itself, your assessments and
          any goals you created from its plan stay. You can aim for it again at any time.
        </p>
        {remove.isError && (
          <Notice tone="danger" role="alert">
            {messageOf(remove.error)}
          </Notice>
        )}
      </ConfirmDialog>
    </>
  );
}
