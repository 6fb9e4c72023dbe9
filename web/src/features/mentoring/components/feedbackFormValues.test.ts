import { describe, expect, it } from 'vitest';
import {
  feedbackFields,
  feedbackInput,
  newFeedbackValues,
  questionRoom,
  STARTER_QUESTIONS,
} from './feedbackFormValues.ts';

const kubernetes = { id: 'k8s', name: 'Kubernetes', kind: 'hard' as const, category: 'Cloud' };

describe('feedback request form', () => {
  it('asks an e-mail about a topic with the two starter questions, open 30 days', () => {
    expect(feedbackInput({ ...newFeedbackValues(), email: 'cy@example.com', topic: 'My last talk' })).toEqual(
      {
        to: { email: 'cy@example.com' },
        about: { topic: 'My last talk' },
        questions: [...STARTER_QUESTIONS],
        expiresInDays: 30,
      },
    );
  });

  it('asks a contact about a skill', () => {
    const values = {
      ...newFeedbackValues(),
      toKind: 'contact' as const,
      contact: { id: 'c1', name: 'Cy Young', email: 'cy@example.com' },
      aboutKind: 'skill' as const,
      skill: kubernetes,
      questions: ['How do I debug a failing rollout?'],
      expiresInDays: '7',
    };
    expect(feedbackInput(values)).toEqual({
      to: { contactId: 'c1' },
      about: { skillId: 'k8s' },
      questions: ['How do I debug a failing rollout?'],
      expiresInDays: 7,
    });
  });

  it('asks about a goal, and sends a goal or skill not chosen yet as empty for the schema', () => {
    expect(feedbackInput({ ...newFeedbackValues(), aboutKind: 'goal', goalId: 'g1' }).about).toEqual({
      goalId: 'g1',
    });
    expect(feedbackInput({ ...newFeedbackValues(), aboutKind: 'goal' }).about).toEqual({ goalId: '' });
    expect(feedbackInput({ ...newFeedbackValues(), aboutKind: 'skill' }).about).toEqual({ skillId: '' });
  });

  it('leaves the expiry to the server’s default when emptied', () => {
    expect(feedbackInput({ ...newFeedbackValues(), expiresInDays: ' ' })).not.toHaveProperty('expiresInDays');
  });

  it('points the subject’s errors at the field of its kind and each question at its box', () => {
    const fields = feedbackFields({ toKind: 'email', aboutKind: 'skill', questions: ['a', 'b', 'c'] });
    expect(fields['about.skillId']?.id).toBe('feedback-skill');
    expect(fields.about?.id).toBe('feedback-skill');
    expect(fields['questions.2']).toEqual({ id: 'feedback-question-2', label: 'Question 3' });
    expect(fields['to.email']?.id).toBe('feedback-email');
  });
});

describe('questionRoom', () => {
  it('allows one to five questions', () => {
    expect(questionRoom(['a'])).toEqual({ canAdd: true, canRemove: false });
    expect(questionRoom(['a', 'b'])).toEqual({ canAdd: true, canRemove: true });
    expect(questionRoom(['a', 'b', 'c', 'd', 'e'])).toEqual({ canAdd: false, canRemove: true });
  });
});
