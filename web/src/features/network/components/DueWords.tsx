import { dueInText } from './keepInTouch.ts';
import './due-words.css';

/**
 * When to be in touch, in words ("6 days overdue", "Due today", "Due in 5 days"), marked by tone
 * too: the words say it, so no one depends on the colour.
 */
export function DueWords({ daysUntil }: { daysUntil: number }) {
  const tone = daysUntil < 0 ? ' due-words--overdue' : daysUntil === 0 ? ' due-words--today' : '';
  return <span className={`due-words${tone}`}>{dueInText(daysUntil)}</span>;
}
