import type { ActionItem } from '@shared/mentoring/mentorship.schema.ts';
import { useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../../api/errors.ts';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { plural } from '../../goals/components/detail/family.ts';
import { useUpdateActionItem } from '../api/actionItems.ts';
import { itemDue, overdueCount } from './due.ts';
import './mentoring.css';
import './entries.css';

export interface HomeActionItemsProps {
  /** My open action items across mentorships, by due date, as the API sends them. */
  items: readonly ActionItem[];
  today: string;
}

/**
 * The Home page's action items: each with whom it was agreed and when it is due (late ones said so),
 * ticked done right here. A ticked item leaves the list; focus moves to the next one.
 */
export function HomeActionItems({ items, today }: HomeActionItemsProps) {
  const tick = useUpdateActionItem();
  const showStatus = useStatus();
  const late = overdueCount(items, today);

  // The ticked item shows ticked at once, while it is saved and until it leaves the list.
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());

  function done(item: ActionItem, index: number) {
    setTicked((prev) => new Set(prev).add(item.id));
    // A ticked item leaves the list (the last one takes the section with it): the promise settles
    // even then, where the callbacks of an unmounted component would not run.
    tick.mutateAsync({ id: item.id, body: { done: true } }).then(
      () => {
        showStatus(`“${item.title}” is done.`);
        const next = items[index + 1] ?? items[index - 1];
        if (next) focusWhenDrawn(`home-action-${next.id}`);
        else
          requestAnimationFrame(() => {
            const heading = document.querySelector<HTMLElement>('main h1');
            if (!heading) return;
            heading.tabIndex = -1;
            heading.focus();
          });
      },
      () =>
        setTicked((prev) => {
          const next = new Set(prev);
          next.delete(item.id);
          return next;
        }),
    );
  }

  return (
    <>
      <p className="home-section__lead">
        {plural(items.length, 'open item', 'open items')}
        {late > 0 ? `, ${late} overdue` : ''}: agreed in your mentorships, the soonest due first.
      </p>
      {tick.isError && (
        <p className="field__error" role="alert">
          {messageOf(tick.error)}
        </p>
      )}
      <ul className="action-list home-actions">
        {items.map((item, index) => {
          const due = itemDue(item, today);
          const id = `home-action-${item.id}`;
          return (
            <li key={item.id} className="action-item">
              <div className="action-item__check">
                <input
                  type="checkbox"
                  id={id}
                  checked={ticked.has(item.id)}
                  disabled={ticked.has(item.id)}
                  aria-describedby={`${id}-facts`}
                  onChange={() => done(item, index)}
                />
                <label htmlFor={id} className="action-item__title">
                  <span className="visually-hidden">Done: </span>
                  {item.title}
                </label>
              </div>
              <p className="action-item__facts" id={`${id}-facts`}>
                <span>
                  With{' '}
                  <Link to={`/mentoring/${item.mentorshipId}`}>{item.withName ?? 'your mentorship'}</Link>
                </span>
                {due && (
                  <span className={due.overdue ? 'mentoring-overdue' : undefined}>
                    {due.text}
                    {due.date && ` · ${due.date}`}
                  </span>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
