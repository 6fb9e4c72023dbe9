import { type RefObject, useRef, useState } from 'react';
import { formatQuantity, sharesMeasure } from '../../../../../src/goals/domain/index.ts';
import type { CheckIn, Goal } from '../../../../../src/goals/goal.schema.ts';
import { messageOf } from '../../../api/errors.ts';
import { useDeleteCheckIn } from '../../../api/goal-detail.ts';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { formatDate } from '../../../components/goals/index.ts';
import { Panel } from '../../../components/Panel.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { CheckInItem } from './CheckInItem.tsx';
import { plural, shortTitle } from './family.ts';
import { NewCheckIn } from './NewCheckIn.tsx';

/** How many check-ins show before "Show all". */
const FIRST = 8;
/** Lists up to this long show whole: "Show all 9" to reveal one more is not worth a click. */
const WHOLE = 10;

export interface CheckInsPanelProps {
  goal: Goal & { metric: NonNullable<Goal['metric']> };
  /** The goal's and its descendants' check-ins, oldest first as the API sends them. */
  checkIns: readonly CheckIn[] | undefined;
  loadError: unknown;
  /** Every goal of the person, to name the slice each check-in is on. */
  goals: readonly Goal[];
  today: string;
  valueRef: RefObject<HTMLInputElement | null>;
}

/** Record check-ins, and see, edit or delete the ones so far, newest first. */
export function CheckInsPanel({ goal, checkIns, loadError, goals, today, valueRef }: CheckInsPanelProps) {
  const remove = useDeleteCheckIn();
  const showStatus = useStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [target, setTarget] = useState<CheckIn | null>(null);
  const [showAll, setShowAll] = useState(false);
  const byId = new Map(goals.map((g) => [g.id, g]));
  const slices = goals.filter((g) => g.parentId === goal.id);
  const newest = [...(checkIns ?? [])].reverse();
  const shown = showAll || newest.length <= WHOLE ? newest : newest.slice(0, FIRST);
  const metricOf = (c: CheckIn) => byId.get(c.goalId)?.metric ?? goal.metric;

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
        setTarget(null);
        heading.current?.focus();
      },
    });
  }

  return (
    <Panel
      id="check-ins"
      title="Check-ins"
      description={
        <p>
          {goal.metric.aggregation === 'sum'
            ? `Each check-in adds to the total, in ${goal.metric.unit}.`
            : `Each check-in is your level on that day, in ${goal.metric.unit}.`}
          {slices.length > 0 && ' Check-ins on its slices count here too.'}
        </p>
      }
    >
      <NewCheckIn goal={goal} slices={slices} today={today} valueRef={valueRef} />
      <div className="check-in-list">
        <h3 className="check-in-list__title" ref={heading} tabIndex={-1}>
          {checkIns ? `${plural(checkIns.length, 'check-in')}, newest first` : 'Check-ins so far'}
        </h3>
        {loadError ? <p className="notice notice--danger">{messageOf(loadError)}</p> : null}
        {checkIns?.length === 0 && <p className="muted">No check-ins yet. Record the first one above.</p>}
        {shown.length > 0 && (
          <ul className="check-in-list__items">
            {shown.map((checkIn) => (
              <CheckInItem
                key={checkIn.id}
                checkIn={checkIn}
                metric={metricOf(checkIn)}
                slice={sliceOf(checkIn)}
                today={today}
                editing={editing === checkIn.id}
                onEdit={(on) => setEditing(on ? checkIn.id : null)}
                onDelete={() => setTarget(checkIn)}
              />
            ))}
          </ul>
        )}
        {shown.length < newest.length && (
          <Button variant="quiet" onClick={() => setShowAll(true)}>
            Show all {newest.length} check-ins
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={target !== null}
        title="Delete this check-in?"
        tone="danger"
        confirmLabel="Delete check-in"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => {
          remove.reset();
          setTarget(null);
        }}
      >
        <p>
          {target && `${formatQuantity(target.value, metricOf(target).unit)} on ${formatDate(target.date)}`}{' '}
          will be removed, and progress and the forecast recalculated. This cannot be undone.
        </p>
        {remove.isError && (
          <p className="notice notice--danger" role="alert">
            {messageOf(remove.error)}
          </p>
        )}
      </ConfirmDialog>
    </Panel>
  );
}
