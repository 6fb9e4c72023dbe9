import { Link } from 'react-router';
import type { AttentionItem } from '../../../../src/goals/goal.schema.ts';
import { DueDate, Glyph, StatusBadge } from '../../components/goals/index.ts';

/** The goals that need a look today, each with its reasons and a quick way to check in. */
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
      {items.map(({ goal, reasons }) => (
        <li key={goal.id} className="attention-item">
          <div className="attention-item__head">
            <Link className="attention-item__title" to={`/goals/${goal.id}`}>
              {goal.title}
            </Link>
            <StatusBadge status={goal.progress.status} />
          </div>
          <ul className="attention-item__reasons">
            {reasons.map((reason) => (
              <li key={reason.kind}>{reason.message}</li>
            ))}
          </ul>
          <div className="attention-item__foot">
            <DueDate dueDate={goal.dueDate} today={today} />
            {goal.metric && (
              <Link className="button button--secondary button--small" to={`/goals/${goal.id}#check-in`}>
                Check in<span className="visually-hidden"> on {goal.title}</span>
              </Link>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
