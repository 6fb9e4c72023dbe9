import { dueText, formatDate, useToday } from './dates.ts';
import './DueDate.css';

export interface DueDateProps {
  /** "YYYY-MM-DD"; null or undefined shows nothing. */
  dueDate: string | null | undefined;
  /** "YYYY-MM-DD"; defaults to today in the person's time zone (pass `goal.progress.asOf` to match it). */
  today?: string;
  /** For achieved, abandoned or finished goals: show the date without "overdue". */
  done?: boolean;
  className?: string;
}

/** "Due in 34 days · 12 Mar 2026", "Due today · …", "Overdue by 5 days · …". */
export function DueDate({ dueDate, today, done = false, className }: DueDateProps) {
  const fallbackToday = useToday();
  if (!dueDate) return null;
  const relative = done ? 'Due' : dueText(dueDate, today ?? fallbackToday);
  const overdue = !done && relative.startsWith('Overdue');
  return (
    <span className={['due-date', overdue ? 'due-date--overdue' : '', className].filter(Boolean).join(' ')}>
      <span className="due-date__relative">{relative}</span>{' '}
      {!done && (
        <>
          <span className="due-date__sep" aria-hidden="true">
            ·
          </span>{' '}
        </>
      )}
      <time dateTime={dueDate}>{formatDate(dueDate)}</time>
    </span>
  );
}
