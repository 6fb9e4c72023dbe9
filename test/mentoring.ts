// Builders of mentorships through the real API, for the mentoring tests.
import type { FastifyInstance } from 'fastify';
import type { Mentorship } from '../shared/mentoring/mentorship.schema.ts';
import { bodyOf, call, type SignedUp } from './harness.ts';

/** Someone who signed up, as the mentoring tests name them. */
export type Someone = Pick<SignedUp, 'cookie' | 'user'>;

/** Creates a mentorship as `by` and answers it; throws unless the API answers 201. */
export async function createMentorship(
  app: FastifyInstance,
  by: Someone,
  body: Record<string, unknown>,
): Promise<Mentorship> {
  const res = await call(app, { method: 'POST', url: '/api/v1/mentorships', cookie: by.cookie, body });
  return bodyOf(res, 201, 'createMentorship');
}

/** Posts to one of a mentorship's actions (accept, decline, end) as `by`; throws unless 200. */
export async function act(
  app: FastifyInstance,
  by: Someone,
  id: string,
  action: 'accept' | 'decline' | 'end',
): Promise<Mentorship> {
  const res = await call(app, {
    method: 'POST',
    url: `/api/v1/mentorships/${id}/${action}`,
    cookie: by.cookie,
  });
  return bodyOf(res, 200, action);
}

/** The mentee invites the mentor by e-mail and he accepts: an active mentorship between them. */
export async function activeMentorship(
  app: FastifyInstance,
  mentee: Someone,
  mentor: Someone,
  extra: Record<string, unknown> = {},
): Promise<Mentorship> {
  const invited = await createMentorship(app, mentee, {
    myRole: 'mentee',
    with: { email: mentor.user.email },
    ...extra,
  });
  return act(app, mentor, invited.id, 'accept');
}

/** Creates a contact of `by` and answers its id. */
export async function createContact(
  app: FastifyInstance,
  by: Someone,
  body: Record<string, unknown>,
): Promise<string> {
  const res = await call(app, { method: 'POST', url: '/api/v1/contacts', cookie: by.cookie, body });
  return bodyOf(res, 201, 'createContact').id;
}
