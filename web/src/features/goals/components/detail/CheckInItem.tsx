import type { CheckIn, Goal } from '@shared/goals/goal.schema.ts';
import { formatQuantity } from '@shared/numbers.ts';
import { useRef } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../../components/Button.tsx';
import { useStatus } from '../../../../components/StatusProvider.tsx';
import { useFocusAfterEditing } from '../../../../components/useFocusAfterEditing.ts';
import { useUpdateCheckIn } from '../../api/goal-page.ts';
import { formatDate } from '../widgets/dates.ts';
import { CheckInForm } from './CheckInForm.tsx';
import './check-ins.css';

/** Where a check-in written by another capability came from: its words and the page that changes it. */
export interface CheckInOrigin {
  /** "From your learning log", "From your practice log". */
  label: string;
  /** The page of its entry. */
  to: string;
  /** The link's text: the activity's title, or "the entry of Mar 3, 2026". */
  name: string;
}

export interface CheckInItemProps {
  checkIn: CheckIn;
  /** For a check-in with a source: where it came from. It changes only with its entry, so has no Edit or Delete. */
  origin?: CheckInOrigin | undefined;
  /** The metric the check-in is measured in (its own goal's). */
  metric: NonNullable<Goal['metric']>;
  /** The slice it was recorded on, when not on the goal of the page. */
  slice?: { id: string; title: string; counts: boolean } | undefined;
  today: string;
  editing: boolean;
  onEdit: (editing: boolean) => void;
  onDelete: () => void;
}

/**
 * One check-in: its date, amount or level, note and slice, with Edit (inline) and Delete; one from
 * the learning or practice log says so and links to its entry instead.
 */
export function CheckInItem(props: CheckInItemProps) {
  const { checkIn, origin, metric, slice, today, editing, onEdit, onDelete } = props;
  const update = useUpdateCheckIn();
  const showStatus = useStatus();
  const item = useRef<HTMLLIElement>(null);
  const returnFocus = useFocusAfterEditing(editing, item, '.check-in__edit');
  const when = formatDate(checkIn.date);
  const sum = metric.aggregation === 'sum';
  // Logged time in hours comes in quarters and thirds (45 minutes are 0.75 h): two decimals for it.
  const decimals = origin ? 2 : 1;
  const amount = `${sum && checkIn.value >= 0 ? '+' : ''}${formatQuantity(checkIn.value, metric.unit, decimals)}`;

  function close() {
    // The form is gone once drawn closed; focus goes back where the person started.
    returnFocus();
    onEdit(false);
    update.reset();
  }

  if (editing) {
    return (
      <li ref={item} className="check-in check-in--editing">
        <CheckInForm
          idPrefix={`edit-${checkIn.id}`}
          metric={metric}
          today={today}
          initial={{ date: checkIn.date, value: String(checkIn.value), note: checkIn.note }}
          submitLabel="Save changes"
          pendingLabel="Saving…"
          pending={update.isPending}
          serverError={update.error}
          onCancel={close}
          onSubmit={(body) =>
            update.mutate(
              { id: checkIn.id, body },
              {
                onSuccess: (saved) => {
                  showStatus(`Check-in of ${formatDate(saved.date)} saved.`);
                  close();
                },
              },
            )
          }
        />
      </li>
    );
  }

  return (
    <li ref={item} className="check-in">
      <div className="check-in__main">
        <p className="check-in__line">
          <time className="check-in__date" dateTime={checkIn.date}>
            {when}
          </time>
          <span className="check-in__value">{amount}</span>
        </p>
        {checkIn.note && <p className="check-in__note">{checkIn.note}</p>}
        {slice && (
          <p className="check-in__slice">
            On <Link to={`/goals/${slice.id}`}>{slice.title}</Link>
            {!slice.counts && ' (measured differently, so it does not count here)'}
          </p>
        )}
        {origin && (
          <p className="check-in__slice">
            {origin.label}: <Link to={origin.to}>{origin.name}</Link>. It changes with its entry there.
          </p>
        )}
      </div>
      {!origin && (
        <div className="check-in__actions">
          <Button
            variant="quiet"
            className="check-in__edit"
            onClick={() => onEdit(true)}
            aria-label={`Edit check-in of ${when} (${amount})`}
          >
            Edit
          </Button>
          <Button
            variant="quiet"
            className="button--quiet-danger"
            onClick={onDelete}
            aria-label={`Delete check-in of ${when} (${amount})`}
          >
            Delete
          </Button>
        </div>
      )}
    </li>
  );
}
