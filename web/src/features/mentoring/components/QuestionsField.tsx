import { QUESTION_MAX, QUESTIONS_MAX, QUESTIONS_MIN } from '@shared/mentoring/mentoring.limits.ts';
import { Button } from '../../../components/Button.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { sentence } from '../../../components/text.ts';
import { questionRoom } from './feedbackFormValues.ts';
import './person-form.css';
import './feedback.css';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';

export interface QuestionsFieldProps {
  /** Question i's box is `${idPrefix}-${i}`. */
  idPrefix: string;
  value: readonly string[];
  onChange: (questions: string[]) => void;
  /** The error of question i, and of the list as a whole. */
  errorOf: (index: number) => string | undefined;
  listError?: string | undefined;
}

/**
 * One to five questions, each in its own box with a button to remove it, and a button to add one.
 * Focus follows: to the new box, or after a removal to the box that took its place.
 */
export function QuestionsField({ idPrefix, value, onChange, errorOf, listError }: QuestionsFieldProps) {
  const { canAdd, canRemove } = questionRoom(value);
  const addId = `${idPrefix}-add`;

  function focusSoon(id: string) {
    focusWhenDrawn(id);
  }

  function add() {
    onChange([...value, '']);
    focusSoon(`${idPrefix}-${value.length}`);
  }

  function remove(index: number) {
    onChange(value.filter((_, i) => i !== index));
    // The box below moves up into its place; after the last one, the one above it.
    focusSoon(`${idPrefix}-${Math.min(index, value.length - 2)}`);
  }

  return (
    <fieldset className="fieldset questions-field">
      <legend className="fieldset__legend">
        Questions ({QUESTIONS_MIN} to {QUESTIONS_MAX})
      </legend>
      <p className="field__hint">
        Short, open questions get the most useful answers (up to {QUESTION_MAX} characters each).
      </p>
      {listError && (
        <p className="field__error">
          <span className="visually-hidden">Error: </span>
          {sentence(listError)}
        </p>
      )}
      <ol className="questions-field__list">
        {value.map((question, i) => (
          // Questions have no identity of their own but their place: removing one renumbers the rest.
          // biome-ignore lint/suspicious/noArrayIndexKey: the place is the question's identity here
          <li key={i} className="questions-field__item">
            <TextField
              id={`${idPrefix}-${i}`}
              label={`Question ${i + 1}`}
              autoComplete="off"
              error={errorOf(i)}
              value={question}
              onChange={(e) => onChange(value.map((q, j) => (j === i ? e.target.value : q)))}
            />
            {canRemove && (
              <Button variant="quiet" className="button--quiet-danger" onClick={() => remove(i)}>
                Remove question {i + 1}
              </Button>
            )}
          </li>
        ))}
      </ol>
      <div className="questions-field__add">
        <Button
          id={addId}
          onClick={add}
          disabled={!canAdd}
          aria-describedby={canAdd ? undefined : `${addId}-why`}
        >
          Add a question
        </Button>
        {!canAdd && (
          <span className="field__hint" id={`${addId}-why`}>
            {QUESTIONS_MAX} questions at most: remove one to ask another.
          </span>
        )}
      </div>
    </fieldset>
  );
}
