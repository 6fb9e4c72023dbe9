import type { AttentionItem } from '@shared/goals/goal.schema.ts';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { shortTitle } from '../detail/family.ts';
import { QuickCheckIn, QuickCheckInButton } from '../quick/QuickCheckIn.tsx';
import { DueDate } from '../widgets/DueDate.tsx';
import { Glyph } from '../widgets/icons.tsx';
import { StatusBadge } from '../widgets/StatusBadge.tsx';
import './home.css';

/**
 * The goals that need a look today, each with its reasons and a quick check-in. A slice that needs
 * attention too is named inside its parent's item (the API lists it there, not again on its own),
 * so one problem is listed once.
 */
export function AttentionList({ items, today }: { items: readonly AttentionItem[]; today: string }) {
  if (items.length === 0) {
    return (
      <p className="all-clear">
        <Glyph name="check" className="all-clear__glyph" />
        <span>
          <strong>Nothing needs your attention today.</strong> Your active goals are moving along: keep it up.
        </span>
      </p>
    );
  }
  return (
    <ul className="attention-list">
      {items.map((item) => (
        <AttentionEntry key={item.goal.id} item={item} today={today} />
      ))}
    </ul>
  );
}

function AttentionEntry({ item, today }: { item: AttentionItem; today: string }) {
  const { goal, reasons, slices } = item;
  const [checkingIn, setCheckingIn] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { metric } = goal;

  function closeCheckIn() {
    setCheckingIn(false);
    requestAnimationFrame(() => button.current?.focus());
  }

  return (
    <li className="attention-item">
      <div className="attention-item__head">
        <Link className="attention-item__title" to={`/goals/${goal.id}`}>
          {goal.title}
        </Link>
        <StatusBadge status={goal.progress.status} />
      </div>
      {reasons.length > 0 && (
        <ul className="attention-item__reasons">
          {reasons.map((reason) => (
            <li key={reason.kind}>{reason.message}</li>
          ))}
        </ul>
      )}
      {slices.length > 0 && (
        <div className="attention-item__slices">
          <p className="attention-item__slices-title">
            {slices.length === 1 ? 'A slice needs attention too:' : 'Slices that need attention too:'}
          </p>
          <ul>
            {slices.map((slice) => (
              <li key={slice.id}>
                <Link to={`/goals/${slice.id}`}>{shortTitle(slice, goal.title)}</Link>
                {slice.reasons.length > 0 && `: ${slice.reasons.map((r) => r.message).join(' ')}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="attention-item__foot">
        <DueDate dueDate={goal.dueDate} today={today} />
        {metric && (
          <QuickCheckInButton
            goal={goal}
            open={checkingIn}
            onToggle={() => setCheckingIn((open) => !open)}
            buttonRef={button}
          />
        )}
      </div>
      {metric && checkingIn && (
        <QuickCheckIn goal={{ ...goal, metric }} today={today} onClose={closeCheckIn} />
      )}
    </li>
  );
}
