// SMART review: one finding per rule, in a fixed order, speaking to the person writing the goal.
import { daysBetween, formatDate } from '../../../shared/calendar.ts';
import { formatPace, formatQuantity } from '../../../shared/numbers.ts';
import type { Finding, GoalDraft, ReviewContext } from './types.ts';

/** Slowest pace, as a multiple of the person's best on another goal, that still looks realistic. */
const STRETCH_FACTOR = 1.5;
/** Goals longer than this (in days, start and due date included) are worth breaking down. */
const LONGEST_UNCHUNKED_DAYS = 120;
const MIN_TITLE_WORDS = 3;

/** Reviews a goal draft against the SMART rules: specific, measurable, achievable, relevant, time-bound, chunked. */
export function reviewGoal(draft: GoalDraft, context: ReviewContext): Finding[] {
  return [
    specific(draft),
    measurable(draft),
    achievable(draft, context),
    relevant(draft),
    timeBound(draft),
    chunked(draft),
  ];
}

function specific({ title }: GoalDraft): Finding {
  const words = title.trim().split(/\s+/).filter(Boolean);
  if (words.length >= MIN_TITLE_WORDS) {
    return { rule: 'specific', level: 'ok', message: 'The title says what you are after.', suggestion: '' };
  }
  return {
    rule: 'specific',
    level: 'warn',
    message:
      words.length === 0
        ? 'This goal has no title yet.'
        : `“${words.join(' ')}” doesn't yet say what will be different when you're done.`,
    suggestion: 'Name the result in a few words, e.g. “Ship a CLI tool in Rust” rather than “Rust”.',
  };
}

function measurable({ metric, hasChildren }: GoalDraft): Finding {
  if (metric !== null) {
    const range = `from ${formatQuantity(metric.baseline, '', 9)} to ${formatQuantity(metric.target, metric.unit, 9)}`;
    return { rule: 'measurable', level: 'ok', message: `You'll measure it ${range}.`, suggestion: '' };
  }
  if (hasChildren) {
    return { rule: 'measurable', level: 'ok', message: 'Its smaller steps measure it.', suggestion: '' };
  }
  return {
    rule: 'measurable',
    level: 'warn',
    message: "There's nothing to measure yet, so you won't be able to see how far along you are.",
    suggestion:
      'Add a number to track (hours, books, a score) with where you start and where you aim, or break it into steps.',
  };
}

function achievable(draft: GoalDraft, { bestObservedPerWeek }: ReviewContext): Finding {
  const { metric, dueDate, requiredPerWeek } = draft;
  if (metric === null || dueDate === null) {
    return {
      rule: 'achievable',
      level: 'info',
      message: "There's no pace to check without a number to track and a due date.",
      suggestion: 'Add both and the review will tell you whether the pace is realistic for you.',
    };
  }
  if (requiredPerWeek === null) {
    return { rule: 'achievable', level: 'ok', message: "You've already reached the target.", suggestion: '' };
  }
  const pace = (perWeek: number) => `${formatPace(perWeek, metric.unit)} a week`;
  const needs = `This needs ${pace(requiredPerWeek)}`;
  if (bestObservedPerWeek === null) {
    return {
      rule: 'achievable',
      level: 'info',
      message: `${needs}. You haven't tracked another goal in ${metric.unit} yet, so there's nothing to compare it with.`,
      suggestion: 'Check in for a few weeks and see whether the pace feels right.',
    };
  }
  const best = Math.abs(bestObservedPerWeek);
  if (Math.abs(requiredPerWeek) > STRETCH_FACTOR * best) {
    return {
      rule: 'achievable',
      level: 'warn',
      message: `${needs}; your best so far is ${pace(best)}.`,
      suggestion: `Give it more time or a smaller target: up to ${pace(STRETCH_FACTOR * best)} would be a stretch you can make.`,
    };
  }
  return {
    rule: 'achievable',
    level: 'ok',
    message: `${needs}; your best so far is ${pace(best)}, so it's within reach.`,
    suggestion: '',
  };
}

function relevant({ why, parentId }: GoalDraft): Finding {
  if (why !== null && why.trim() !== '') {
    return { rule: 'relevant', level: 'ok', message: "You've written down why it matters.", suggestion: '' };
  }
  if (parentId !== null) {
    return { rule: 'relevant', level: 'ok', message: 'It serves a bigger goal.', suggestion: '' };
  }
  return {
    rule: 'relevant',
    level: 'warn',
    message: "It doesn't say why this goal matters to you.",
    suggestion:
      'Add a line on why it matters, or place it under a bigger goal; it helps on the weeks it gets hard.',
  };
}

function timeBound({ startDate, dueDate }: GoalDraft): Finding {
  if (dueDate !== null && dueDate < startDate) {
    return {
      rule: 'time_bound',
      level: 'warn',
      message: `The due date (${formatDate(dueDate)}) comes before the start date (${formatDate(startDate)}).`,
      suggestion: 'Swap them, or pick a due date after the start.',
    };
  }
  if (dueDate !== null) {
    return {
      rule: 'time_bound',
      level: 'ok',
      message: `It's due on ${formatDate(dueDate)}.`,
      suggestion: '',
    };
  }
  return {
    rule: 'time_bound',
    level: 'warn',
    message: "There's no due date, so there's nothing to pace yourself against.",
    suggestion: 'Pick a date, even a rough one; you can move it later.',
  };
}

function chunked({ startDate, dueDate, hasChildren }: GoalDraft): Finding {
  if (dueDate === null) {
    return {
      rule: 'chunked',
      level: 'info',
      message: "Without a due date there's no telling whether it needs breaking down.",
      suggestion: 'Add a due date first.',
    };
  }
  if (hasChildren) {
    return { rule: 'chunked', level: 'ok', message: "It's broken into smaller steps.", suggestion: '' };
  }
  if (dueDate < startDate) {
    return {
      rule: 'chunked',
      level: 'info',
      message: 'Once the dates are in order, you can tell whether it needs breaking down.',
      suggestion: 'Fix the dates first.',
    };
  }
  const days = daysBetween(startDate, dueDate) + 1;
  if (days > LONGEST_UNCHUNKED_DAYS) {
    return {
      rule: 'chunked',
      level: 'warn',
      message: `At ${days} days, this is a long stretch to track as one goal.`,
      suggestion: "Break it into quarters or months so you can tell early whether you're on pace.",
    };
  }
  return {
    rule: 'chunked',
    level: 'ok',
    message: `At ${days} days, it's short enough to track in one piece.`,
    suggestion: '',
  };
}
