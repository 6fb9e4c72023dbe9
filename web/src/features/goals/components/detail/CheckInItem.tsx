import type { CheckIn, Goal } from '@shared/goals/goal.schema.ts';
import { formatQuantity } from '@shared/numbers.ts';
import { Link } from 'react-router';
import { EditDeleteActions } from '../../../../components/EditDeleteActions.tsx';
import { type EntryChangeProps, useEditInPlace } from '../../../../components/entries.tsx';
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

export interface CheckInItemProps extends EntryChangeProps {
  checkIn: CheckIn;
  /** For a check-in with a source: where it came from. It changes only with its entry, so has no Edit or Delete. */
  origin?: CheckInOrigin | undefined;
  /** The metric the check-in is measured in (its own goal's). */
  metric: NonNullable<Goal['metric']>;
  /** The slice it was recorded on, when not on the goal of the page. */
  slice?: { id: string; title: string; counts: boolean } | undefined;
  today: string;
}

/**
 * One check-in: its date, amount or level, note and slice, with Edit (inline) and Delete; one from
 * the learning or practice log says so and links to its entry instead.
 */
export function CheckInItem(props: CheckInItemProps) {
  const { checkIn, origin, metric, slice, today, editing, onEdit, onDelete } = props;
  const update = useUpdateCheckIn();
  const edit = useEditInPlace({ editing, onEdit }, '.check-in__edit', update);
  const when = formatDate(checkIn.date);
  const sum = metric.aggregation === 'sum';
  // Logged time in hours comes in quarters and thirds (45 minutes are 0.75 h): two decimals for it.
  const decimals = origin ? 2 : 1;
  const amount = `${sum && checkIn.value >= 0 ? '+' : ''}${formatQuantity(checkIn.value, metric.unit, decimals)}`;

  if (editing) {
    return (
      <li ref={edit.ref} className="check-in check-in--editing">
        <CheckInForm
          idPrefix={`edit-${checkIn.id}`}
          metric={metric}
          today={today}
          initial={{ date: checkIn.date, value: String(checkIn.value), note: checkIn.note }}
          {...edit.form}
          onSubmit={(body) =>
            update.mutate(
              { id: checkIn.id, body },
              { onSuccess: (saved) => edit.saved(`Check-in of ${formatDate(saved.date)} saved.`) },
            )
          }
        />
      </li>
    );
  }

  return (
    <li ref={edit.ref} className="check-in">
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
        <EditDeleteActions
          block="check-in"
          what={`check-in of ${when} (${amount})`}
          onEdit={() => onEdit(true)}
          onDelete={onDelete}
        />
      )}
    </li>
  );
}
