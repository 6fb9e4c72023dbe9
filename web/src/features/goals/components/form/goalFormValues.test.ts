import { describe, expect, it } from 'vitest';
import { aGoal, aMetric } from '../../goal.factory.ts';
import {
  createInput,
  draftOf,
  type GoalFormValues,
  goalValues,
  newGoalValues,
  updateInput,
} from './goalFormValues.ts';

/** A measured goal as typed: 0 → 200 h over 2026, in the form's own text. */
const typed = (overrides: Partial<GoalFormValues> = {}): GoalFormValues => ({
  ...newGoalValues(null),
  title: 'Study Rust',
  startDate: '2026-01-01',
  dueDate: '2026-12-31',
  measured: true,
  unit: 'h',
  baseline: '0',
  target: '200',
  ...overrides,
});

describe('newGoalValues', () => {
  it('starts a goal empty, private, and measured with a number counted as a sum', () => {
    expect(newGoalValues(null)).toEqual({
      title: '',
      why: '',
      description: '',
      category: 'career',
      startDate: '',
      dueDate: '',
      measured: true,
      unit: '',
      baseline: '',
      target: '',
      aggregation: 'sum',
      weight: '',
      visibility: 'private',
      state: 'active',
      completedOn: '',
    });
  });

  it("starts a slice with its parent's category, visibility and way of measuring, not its numbers", () => {
    const parent = aGoal({
      category: 'skill',
      visibility: 'mentors',
      metric: aMetric(50, 80, 'last', 'points'),
    });
    expect(newGoalValues(parent)).toMatchObject({
      category: 'skill',
      visibility: 'mentors',
      measured: true,
      unit: 'points',
      aggregation: 'last',
      baseline: '',
      target: '',
    });
  });
});

describe('goalValues', () => {
  it('writes a saved goal into the form as text, empty where the API has null', () => {
    const goal = aGoal({ metric: aMetric(0, 12.5, 'sum', 'books'), weight: 2, dueDate: null });
    expect(goalValues(goal)).toMatchObject({
      measured: true,
      unit: 'books',
      baseline: '0',
      target: '12.5',
      weight: '2',
      dueDate: '',
      completedOn: '',
    });
  });
});

describe('createInput', () => {
  it('turns the typed numbers into numbers and an empty due date into null', () => {
    expect(createInput(typed({ baseline: ' 12.5 ', dueDate: '' }), null)).toEqual({
      title: 'Study Rust',
      why: '',
      description: '',
      category: 'career',
      startDate: '2026-01-01',
      dueDate: null,
      metric: { unit: 'h', baseline: 12.5, target: 200, aggregation: 'sum' },
      visibility: 'private',
    });
  });

  it('leaves out what the API fills in itself: the start date (today) and the weight (1)', () => {
    const body = createInput(typed({ startDate: '', weight: '  ' }), null);
    expect(body).not.toHaveProperty('startDate');
    expect(body).not.toHaveProperty('weight');
    expect(createInput(typed({ weight: '2' }), null).weight).toBe(2);
  });

  it('sends an empty number as missing and a word as NaN, for the schema to name', () => {
    const body = createInput(typed({ baseline: '', target: 'lots' }), null);
    expect(body.metric?.baseline).toBeUndefined();
    expect(body.metric?.target).toBeNaN();
  });

  it('puts a new slice under its parent, and an unmeasured goal without a metric', () => {
    const body = createInput(typed({ measured: false }), 'year');
    expect(body.parentId).toBe('year');
    expect(body.metric).toBeNull();
  });
});

describe('updateInput', () => {
  it('sends the completion date of a milestone (no number, no slices), empty as null', () => {
    const milestone = aGoal({ childCount: 0 });
    expect(updateInput(typed({ measured: false, completedOn: '2026-03-01' }), milestone).completedOn).toBe(
      '2026-03-01',
    );
    expect(updateInput(typed({ measured: false, completedOn: '' }), milestone).completedOn).toBeNull();
  });

  it('clears the completion date of a measured goal or one with slices: their progress says when they are done', () => {
    expect(updateInput(typed({ completedOn: '2026-03-01' }), aGoal()).completedOn).toBeNull();
    const parent = aGoal({ childCount: 4 });
    expect(updateInput(typed({ measured: false, completedOn: '2026-03-01' }), parent).completedOn).toBeNull();
  });

  it('sends the state, which only an edit can change', () => {
    expect(updateInput(typed({ state: 'paused' }), aGoal()).state).toBe('paused');
  });
});

describe('draftOf', () => {
  it('sends the review only the parts that are already well-formed', () => {
    // 30 February does not exist, so the start date is left out; an empty due date means "none".
    const draft = draftOf(typed({ startDate: '2026-02-30', dueDate: '', target: '2' }), null);
    expect(draft).toEqual({
      parentId: null,
      title: 'Study Rust',
      why: '',
      dueDate: null,
      metric: { unit: 'h', baseline: 0, target: 2, aggregation: 'sum' },
    });
  });

  it('leaves the metric out until its unit and both numbers are there', () => {
    expect(draftOf(typed({ unit: '  ' }), null)?.metric).toBeNull();
    expect(draftOf(typed({ target: '2x' }), null)?.metric).toBeNull();
    expect(draftOf(typed({ measured: false }), null)?.metric).toBeNull();
  });

  it('cuts a long title and unit to what the API takes', () => {
    const draft = draftOf(typed({ title: 'a'.repeat(250), unit: ` ${'u'.repeat(50)} ` }), null);
    expect(draft?.title).toHaveLength(200);
    expect(draft?.metric?.unit).toBe('u'.repeat(40));
  });

  it('sends nothing the API would refuse, such as a target beyond a billion', () => {
    expect(draftOf(typed({ target: '2000000000' }), null)).toBeNull();
  });
});
