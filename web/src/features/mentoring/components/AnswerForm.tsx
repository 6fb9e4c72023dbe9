import type { FeedbackQuestionnaire } from '@shared/mentoring/feedback.schema.ts';
import { ANSWER_MAX } from '@shared/mentoring/mentoring.limits.ts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { FormActions } from '../../../components/FormActions.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { LevelChoices } from '../../skills/components/LevelChoices.tsx';
import type { AnswerBody } from '../api/feedback.ts';
import { FeedbackAnswerBody } from '../api/schemas.ts';
import { answerFields, answerInput, newAnswerValues } from './answerFormValues.ts';
import './feedback.css';

export interface AnswerFormProps {
  /** Prefix of the field ids, so that several forms (the inbox's) can share a page. */
  idPrefix: string;
  questionnaire: FeedbackQuestionnaire;
  pending: boolean;
  serverError: unknown;
  onSubmit: (body: AnswerBody) => void;
  onCancel?: () => void;
}

/**
 * An answer to a feedback request: a box per question, labelled by the question, and, when it is
 * about a skill, a level by its descriptor (optional: better none than a guess).
 */
export function AnswerForm({
  idPrefix,
  questionnaire: q,
  pending,
  serverError,
  onSubmit,
  onCancel,
}: AnswerFormProps) {
  const fields = answerFields(idPrefix, q.questions);
  const errors = useFormErrors(serverError, fields);
  const [values, setValues] = useState(() => newAnswerValues(q));

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(FeedbackAnswerBody, answerInput(values, q.asksLevel));
    if (body) onSubmit(body);
  }

  return (
    <form className="form answer-form" noValidate onSubmit={submit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      {q.questions.map((_, i) => (
        <TextAreaField
          // biome-ignore lint/suspicious/noArrayIndexKey: a question's place is its identity (answers go in order)
          key={i}
          {...errors.bind(`answers.${i}`)}
          hint={i === 0 ? `Up to ${ANSWER_MAX.toLocaleString('en-US')} characters each.` : undefined}
          rows={4}
          value={values.answers[i] ?? ''}
          onChange={(e) =>
            setValues((prev) => ({
              ...prev,
              answers: prev.answers.map((a, j) => (j === i ? e.target.value : a)),
            }))
          }
        />
      ))}
      {q.asksLevel && (
        <div className="answer-form__level">
          <LevelChoices
            idPrefix={`${idPrefix}-level`}
            legend={`Their level in ${q.about.label} (optional)`}
            value={values.level}
            onChange={(level) => setValues((prev) => ({ ...prev, level }))}
            error={errors.field('level')}
          />
          <p className="field__hint answer-form__level-hint">
            Leave it if you cannot judge.{' '}
            {values.level !== null && (
              <Button variant="quiet" onClick={() => setValues((prev) => ({ ...prev, level: null }))}>
                Clear the level
              </Button>
            )}
          </p>
        </div>
      )}
      <FormActions
        submitLabel="Send your answer"
        pendingLabel="Sending…"
        pending={pending}
        onCancel={onCancel}
        quietCancel
      />
    </form>
  );
}
