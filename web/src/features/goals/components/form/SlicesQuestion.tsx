import { ApiError } from '../../../../api/client.ts';
import { issuesOf, messageOf } from '../../../../api/errors.ts';
import { type Choice, ChoiceDialog } from '../../../../components/ChoiceDialog.tsx';
import { Notice } from '../../../../components/Notice.tsx';
import { sentence } from '../../../../components/text.ts';
import { plural } from '../detail/family.ts';

export type SlicesChoice = 'resplit' | 'keep';

/** True for the API's question back: this change reshapes a goal with slices, so say what becomes of them (409 at `slices`). */
export function asksAboutSlices(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 409 &&
    issuesOf(error).some((issue) => issue.path === 'slices')
  );
}

/** A refusal about the slices themselves (400 at `slices`, e.g. targets that cannot be recomputed). */
export function slicesProblem(error: unknown): string | null {
  const issue = issuesOf(error).find((i) => i.path === 'slices');
  return issue ? sentence(issue.message) : null;
}

const CHOICES: readonly Choice<SlicesChoice>[] = [
  {
    value: 'resplit',
    label: 'Recompute the slices’ targets',
    description:
      'Each slice gets its share of the new target for its own dates, as breaking the goal down would give it. The slices and their check-ins stay.',
  },
  {
    value: 'keep',
    label: 'Keep the slices as they are',
    description:
      'The slices keep their targets and dates; only this goal changes. Adjust any slice later on its own page.',
  },
];

export interface SlicesQuestionProps {
  open: boolean;
  /** How many slices the goal has, to name them. */
  slices: number;
  /** The choice being saved, if any. */
  pending: SlicesChoice | null;
  /** A failure of the last choice, said in the dialog. */
  error: unknown;
  onChoose: (choice: SlicesChoice) => void;
  onCancel: () => void;
}

/**
 * Asked when saving changes a goal's baseline, target or dates and the goal has slices: recompute
 * their targets for the new numbers, or keep them as they are. The change is sent again with the answer.
 */
export function SlicesQuestion({ open, slices, pending, error, onChoose, onCancel }: SlicesQuestionProps) {
  const problem = error ? (slicesProblem(error) ?? messageOf(error)) : null;
  return (
    <ChoiceDialog
      open={open}
      title="What becomes of the slices?"
      choices={CHOICES}
      pending={pending}
      pendingLabel="Saving…"
      onChoose={onChoose}
      onCancel={onCancel}
    >
      <p>
        This change moves the goal’s numbers or dates, and it has{' '}
        {slices > 0 ? plural(slices, 'slice') : 'slices'} with targets of their own.
      </p>
      {problem && (
        <Notice tone="danger" role="alert">
          {problem}
        </Notice>
      )}
    </ChoiceDialog>
  );
}
