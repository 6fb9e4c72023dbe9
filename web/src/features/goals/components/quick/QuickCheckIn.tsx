// A check-in recorded where the goal is listed (the Goals list, Home), without going to its page.
// The form checks its values with the API's schemas, which bring zod: it loads on first use, so
// Home's first download stays without it.
import type { Goal } from '@shared/goals/goal.schema.ts';
import { lazy, type RefObject, Suspense } from 'react';
import { Button } from '../../../../components/Button.tsx';
import './quick-check-in.css';

const QuickCheckInForm = lazy(async () => ({
  default: (await import('./QuickCheckInForm.tsx')).QuickCheckInForm,
}));

/** The id of a goal's quick check-in form, for the button that opens it. */
export const quickCheckInId = (goal: Pick<Goal, 'id'>) => `quick-check-in-${goal.id}`;

export interface QuickCheckInButtonProps {
  goal: Goal;
  open: boolean;
  onToggle: () => void;
  buttonRef?: RefObject<HTMLButtonElement | null>;
}

/** "Check in", which opens (or closes) the small form below the goal. */
export function QuickCheckInButton({ goal, open, onToggle, buttonRef }: QuickCheckInButtonProps) {
  return (
    <Button
      ref={buttonRef}
      variant="secondary"
      className="button--small"
      aria-expanded={open}
      aria-controls={open ? quickCheckInId(goal) : undefined}
      onClick={onToggle}
    >
      Check in<span className="visually-hidden"> on {goal.title}</span>
    </Button>
  );
}

export interface QuickCheckInProps {
  goal: Goal & { metric: NonNullable<Goal['metric']> };
  today: string;
  /** Called after a check-in was saved, or on Cancel: the form closes, focus goes back to its button. */
  onClose: () => void;
}

/** The form itself, once its code has arrived. */
export function QuickCheckIn({ goal, today, onClose }: QuickCheckInProps) {
  return (
    <div className="quick-check-in" id={quickCheckInId(goal)}>
      <Suspense fallback={<p className="muted">Loading the form…</p>}>
        <QuickCheckInForm goal={goal} today={today} onClose={onClose} />
      </Suspense>
    </div>
  );
}
