// The answer form of a feedback request (the inbox and the public link): one text per question and,
// when the request is about a skill, a level.
import type { FeedbackQuestionnaire } from '@shared/mentoring/feedback.schema.ts';
import type { z } from 'zod';
import type { FieldMap } from '../../../components/FormError.tsx';
import type { FeedbackAnswerBody } from '../api/schemas.ts';

export interface AnswerFormValues {
  answers: string[];
  /** 0–5 once chosen; null for none (a level is never required). */
  level: number | null;
}

export const newAnswerValues = (q: Pick<FeedbackQuestionnaire, 'questions'>): AnswerFormValues => ({
  answers: q.questions.map(() => ''),
  level: null,
});

/** The body: every answer in the questions' order, and the level only when asked for and given. */
export function answerInput(v: AnswerFormValues, asksLevel: boolean): z.input<typeof FeedbackAnswerBody> {
  return { answers: v.answers, ...(asksLevel && v.level !== null ? { level: v.level } : {}) };
}

/** The form's fields by issue path (`answers.1` is the second answer), with `idPrefix` for the ids. */
export function answerFields(idPrefix: string, questions: readonly string[]): FieldMap {
  return {
    ...Object.fromEntries(
      questions.map((question, i) => [
        `answers.${i}`,
        { id: `${idPrefix}-answer-${i}`, label: question, name: `Answer ${i + 1}` },
      ]),
    ),
    answers: { id: `${idPrefix}-answer-0`, label: 'Answers' },
    level: { id: `${idPrefix}-level-0`, label: 'Level' },
  };
}
