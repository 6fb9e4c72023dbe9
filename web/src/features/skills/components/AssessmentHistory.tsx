import type { Assessment, SkillRef } from '@shared/skills/skill.schema.ts';
import { useState } from 'react';
import { messageOf } from '../../../api/errors.ts';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { useAssessments, useDeleteAssessment } from '../api/skills.ts';
import { ASSESSOR_LABELS, levelLabel } from './labels.ts';

export interface AssessmentHistoryProps {
  id: string;
  skill: SkillRef;
  /** Where focus goes after an assessment is deleted (the skill's item may be gone with it). */
  onDeleted: () => void;
}

/** Every assessment of a skill, oldest first: date, level, who gave it, the note; each can be deleted. */
export function AssessmentHistory({ id, skill, onDeleted }: AssessmentHistoryProps) {
  const assessments = useAssessments(skill.id);
  const remove = useDeleteAssessment();
  const showStatus = useStatus();
  const [deleting, setDeleting] = useState<Assessment | null>(null);

  function confirmDelete() {
    if (!deleting) return;
    remove.mutateAsync(deleting.id).then(
      () => {
        setDeleting(null);
        showStatus(`Assessment of ${skill.name} on ${formatDate(deleting.date)} deleted.`);
        onDeleted();
      },
      () => {},
    );
  }

  return (
    <div id={id} className="history">
      {assessments.isPending && <Loading label="Loading the history…" />}
      {assessments.isError && (
        <LoadError error={assessments.error} onRetry={() => void assessments.refetch()} />
      )}
      {assessments.data && (
        <ol className="history__list" aria-label={`Assessments of ${skill.name}, oldest first`}>
          {assessments.data.map((a) => (
            <li key={a.id} className="history__item">
              <div className="history__what">
                <time className="history__date" dateTime={a.date}>
                  {formatDate(a.date)}
                </time>
                <strong>{levelLabel(a.level)}</strong>
                <span className="history__by">{byWhom(a)}</span>
              </div>
              {a.note && <p className="history__note">{a.note}</p>}
              <Button
                variant="quiet"
                className="button--quiet-danger history__delete"
                aria-label={`Delete the assessment of ${formatDate(a.date)}: ${levelLabel(a.level)}, ${byWhom(a).toLowerCase()}`}
                onClick={() => setDeleting(a)}
              >
                Delete
              </Button>
            </li>
          ))}
        </ol>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this assessment?"
        tone="danger"
        confirmLabel="Delete assessment"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => {
          remove.reset();
          setDeleting(null);
        }}
      >
        {deleting && (
          <p>
            {skill.name}: {levelLabel(deleting.level)}, {byWhom(deleting).toLowerCase()}, on{' '}
            {formatDate(deleting.date)}.{' '}
            {deleting.source === 'self'
              ? 'Your level becomes the one you gave before it, and your readiness for target roles follows.'
              : 'The view shown beside your level becomes the one given before it.'}{' '}
            This cannot be undone.
          </p>
        )}
        {remove.isError && (
          <Notice tone="danger" role="alert">
            {messageOf(remove.error)}
          </Notice>
        )}
      </ConfirmDialog>
    </div>
  );
}

/** "Self", "Mentor, Grace Hopper", "Peer". */
function byWhom(a: Assessment): string {
  const who = ASSESSOR_LABELS[a.source];
  return a.source !== 'self' && a.assessor ? `${who}, ${a.assessor}` : who;
}
