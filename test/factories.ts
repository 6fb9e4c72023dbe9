// Small builders of test data through the real API, so every row is one the app itself would write.
import type { FastifyInstance } from 'fastify';
import type { CheckIn, Goal } from '../shared/goals/goal.schema.ts';
import type { CreatedFeedbackRequest } from '../shared/mentoring/feedback.schema.ts';
import type { Contact } from '../shared/network/contact.schema.ts';
import { bodyOf, call } from './harness.ts';

/** The instant API tests freeze the clock at: a Saturday, 2027-05-15, at noon UTC. */
export const NOON_2027_05_15 = '2027-05-15T12:00:00.000Z';

/** Start and due dates spanning the calendar year 2027 (365 days), to spread into a goal. */
export const YEAR_2027 = { startDate: '2027-01-01', dueDate: '2027-12-31' };

/** A metric whose check-ins add up (hours spent, books read). */
export const sumMetric = (unit: string, target: number, baseline = 0) =>
  ({ unit, baseline, target, aggregation: 'sum' }) as const;

/** A metric whose latest check-in is the level (a score, a weight, a time). */
export const lastMetric = (unit: string, baseline: number, target: number) =>
  ({ unit, baseline, target, aggregation: 'last' }) as const;

/** Creates a goal (title given unless overridden) and answers it; throws unless the API answers 201. */
export async function createGoal(
  app: FastifyInstance,
  cookie: string,
  overrides: Record<string, unknown> = {},
): Promise<Goal> {
  const body = { title: 'Ship a CLI tool in Rust', ...overrides };
  return bodyOf(await call(app, { method: 'POST', url: '/api/v1/goals', cookie, body }), 201, 'createGoal');
}

/** Records a check-in on a goal and answers it; throws unless the API answers 201. */
export async function addCheckIn(
  app: FastifyInstance,
  cookie: string,
  goalId: string,
  date: string,
  value: number,
  note?: string,
): Promise<CheckIn> {
  const body = { date, value, ...(note !== undefined ? { note } : {}) };
  const res = await call(app, { method: 'POST', url: `/api/v1/goals/${goalId}/check-ins`, cookie, body });
  return bodyOf(res, 201, 'addCheckIn');
}

/** Breaks a goal down into slices of a calendar period and answers them; throws unless the API answers 201. */
export async function breakDown(
  app: FastifyInstance,
  cookie: string,
  goalId: string,
  period: 'half' | 'quarter' | 'month',
): Promise<Goal[]> {
  const url = `/api/v1/goals/${goalId}/breakdown`;
  return bodyOf(await call(app, { method: 'POST', url, cookie, body: { period } }), 201, 'breakDown').items;
}

/** Moves the person to another IANA time zone, which changes what "today" is for them. */
export async function setTimeZone(app: FastifyInstance, cookie: string, timezone: string): Promise<void> {
  const res = await call(app, { method: 'PATCH', url: '/api/v1/auth/me', cookie, body: { timezone } });
  bodyOf(res, 200, 'setTimeZone');
}

/** The goal as the API shows it now (status and body), for before/after comparisons. */
export async function getGoal(app: FastifyInstance, cookie: string, id: string) {
  return call(app, { url: `/api/v1/goals/${id}`, cookie });
}

/** Every goal of the person, sorted by id so snapshots do not depend on list order. */
export async function allGoals(app: FastifyInstance, cookie: string): Promise<Goal[]> {
  const { items } = bodyOf(await call(app, { url: '/api/v1/goals', cookie }), 200, 'allGoals');
  return (items as Goal[]).slice().sort((a, b) => a.id.localeCompare(b.id));
}

/** Creates a contact (name given unless overridden) and answers it; throws unless the API answers 201. */
export async function createContact(
  app: FastifyInstance,
  cookie: string,
  overrides: Record<string, unknown> = {},
): Promise<Contact> {
  const body = { name: 'Ada Quill', ...overrides };
  return bodyOf(
    await call(app, { method: 'POST', url: '/api/v1/contacts', cookie, body }),
    201,
    'createContact',
  );
}

/** A built-in skill's id: the first the catalogue lists. */
export async function aSkill(app: FastifyInstance, cookie: string): Promise<{ id: string; name: string }> {
  const { items } = bodyOf(await call(app, { url: '/api/v1/skills?limit=1', cookie }), 200, 'aSkill');
  return items[0];
}

/**
 * Asks for feedback (about a topic with one question unless overridden) and answers the created
 * request with its link; throws unless the API answers 201.
 */
export async function requestFeedback(
  app: FastifyInstance,
  cookie: string,
  overrides: Record<string, unknown> = {},
): Promise<CreatedFeedbackRequest> {
  const body = {
    to: { email: 'reviewer@example.com' },
    about: { topic: 'My first conference talk' },
    questions: ['What should I keep?'],
    ...overrides,
  };
  const res = await call(app, { method: 'POST', url: '/api/v1/feedback-requests', cookie, body });
  return bodyOf(res, 201, 'requestFeedback');
}

/** The token of a feedback link, `/feedback/<token>`. */
export const tokenOf = (created: Pick<CreatedFeedbackRequest, 'link'>): string =>
  created.link.slice('/feedback/'.length);
