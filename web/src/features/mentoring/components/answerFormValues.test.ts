import { describe, expect, it } from 'vitest';
import { answerFields, answerInput, newAnswerValues } from './answerFormValues.ts';

const questions = ['What went well?', 'What would you change?'];

describe('answer form', () => {
  it('starts with an empty answer per question and no level', () => {
    expect(newAnswerValues({ questions })).toEqual({ answers: ['', ''], level: null });
  });

  it('sends the level only when the request asks for one and one was chosen', () => {
    const values = { answers: ['Clear slides', 'Slow down'], level: 4 };
    expect(answerInput(values, true)).toEqual({ answers: ['Clear slides', 'Slow down'], level: 4 });
    expect(answerInput(values, false)).toEqual({ answers: ['Clear slides', 'Slow down'] });
    expect(answerInput({ ...values, level: null }, true)).toEqual({ answers: ['Clear slides', 'Slow down'] });
  });

  it('keeps a level of 0, which is an answer and not a missing one', () => {
    expect(answerInput({ answers: ['Not yet'], level: 0 }, true)).toEqual({ answers: ['Not yet'], level: 0 });
  });

  it('labels each answer by its question and names it by its number in the summary', () => {
    const fields = answerFields('inbox-r1', questions);
    expect(fields['answers.1']).toEqual({
      id: 'inbox-r1-answer-1',
      label: 'What would you change?',
      name: 'Answer 2',
    });
    expect(fields.level?.id).toBe('inbox-r1-level-0');
  });
});
