import type { CheckIn, Goal } from '@shared/goals/goal.schema.ts';
import { sharesMeasure } from '@shared/goals/measure.ts';
import { formatQuantity } from '@shared/numbers.ts';
import { useRef, useState } from 'react';
import { messageOf } from '../../../../api/errors.ts';
import { Button } from '../../../../components/Button.tsx';
import { DeleteDialog } from '../../../../components/ConfirmDialog.tsx';
import { useEntryChanges } from '../../../../components/entries.tsx';
import { Notice } from '../../../../components/Notice.tsx';
import { useStatus } from '../../../../components/StatusProvider.tsx';
import { useLearningSources } from '../../../learning/api/sources.ts';
import { useDeleteCheckIn } from '../../api/goal-page.ts';
import { formatDate } from '../widgets/dates.ts';
import { CheckInItem, type CheckInOrigin } from './CheckInItem.tsx';
import { plural, shortTitle } from './family.ts';
import './check-ins.css';

/** How many check-ins show before "Show all". */
const FIRST = 8;
/** Lists up to this long show whole: "Show all 9" to reveal one more is not worth a click. */
const WHOLE = 10;

export interface CheckInListProps {
  goal: Goal & { metric: NonNullable<Goal['metric']> };
  /** The goal's and its descendants' check-ins, oldest first as the API sends them. */
  checkIns: readonly CheckIn[] | undefined;
  loadError: unknown;
  /** Every goal of the person, to name the slice each check-in is on. */
  goals: readonly Goal[];
  today: string;
}

/**
 * The check-ins so far, newest first, each to edit (inline) or delete; those the learning or
 * practice log wrote link to their entry instead, as they change only with it.
 */
export function CheckInList({ goal, checkIns, loadError, goals, today }: CheckInListProps) {
  const remove = useDeleteCheckIn();
  const showStatus = useStatus();
  const heading = useRef<HTMLParagraphElement>(null);
  const changes = useEntryChanges<CheckIn>();
  const target = changes.deleting;
  const [showAll, setShowAll] = useState(false);
  const byId = new Map(goals.map((g) => [g.id, g]));
  const newest = [...(checkIns ?? [])].reverse();
  const shown = showAll || newest.length <= WHOLE ? newest : newest.slice(0, FIRST);
  const metricOf = (c: CheckIn) => byId.get(c.goalId)?.metric ?? goal.metric;
  const learning = useLearningSources(
    (checkIns ?? []).flatMap((c) => (c.source?.type === 'learning' ? [c.goalId] : [])),
  );

  function originOf(checkIn: CheckIn): CheckInOrigin | undefined {
    const source = checkIn.source;
    if (!source) return undefined;
    if (source.type === 'practice') {
      return {
        label: 'From your practice log',
        to: `/practice#practice-${source.id}`,
        name: `the entry of ${formatDate(checkIn.date)}`,
      };
    }
    const activity = learning.get(source.id);
    return activity
      ? { label: 'From your learning log', to: `/learning/${activity.activityId}`, name: activity.title }
      : { label: 'From your learning log', to: '/learning', name: 'your learning' };
  }

  function sliceOf(checkIn: CheckIn) {
    const owner = byId.get(checkIn.goalId);
    if (!owner || owner.id === goal.id) return undefined;
    return {
      id: owner.id,
      title: shortTitle(owner, goal.title),
      counts: sharesMeasure(goal.metric, owner.metric),
    };
  }

  function confirmDelete() {
    if (!target) return;
    remove.mutate(target.id, {
      onSuccess: () => {
        showStatus(`Check-in of ${formatDate(target.date)} deleted.`);
        changes.stopDeleting();
        heading.current?.focus();
      },
    });
  }

  return (
    <section className="check-in-list" aria-labelledby="check-ins-title">
      <h3 id="check-ins-title" className="check-in-list__heading">
        Check-ins
      </h3>
      <p className="check-in-list__count" ref={heading} tabIndex={-1}>
        {checkIns ? `${plural(checkIns.length, 'check-in')}, newest first` : 'Loading the check-ins…'}
      </p>
      {loadError ? <Notice tone="danger">{messageOf(loadError)}</Notice> : null}
      {checkIns?.length === 0 && (
        <p className="muted">No check-ins yet. Record the first one with the form.</p>
      )}
      {shown.length > 0 && (
        <ul className="check-in-list__items">
          {shown.map((checkIn) => (
            <CheckInItem
              key={checkIn.id}
              checkIn={checkIn}
              origin={originOf(checkIn)}
              metric={metricOf(checkIn)}
              slice={sliceOf(checkIn)}
              today={today}
              {...changes.entryProps(checkIn)}
            />
          ))}
        </ul>
      )}
      {shown.length < newest.length && (
        <Button variant="quiet" onClick={() => setShowAll(true)}>
          Show all {newest.length} check-ins
        </Button>
      )}
      <DeleteDialog
        open={target !== null}
        title="Delete this check-in?"
        confirmLabel="Delete check-in"
        request={remove}
        onConfirm={confirmDelete}
        onCancel={changes.stopDeleting}
      >
        <p>
          {target && `${formatQuantity(target.value, metricOf(target).unit)} on ${formatDate(target.date)}`}{' '}
          will be removed, and progress and the forecast recalculated. This cannot be undone.
        </p>
      </DeleteDialog>
    </section>
  );
}
