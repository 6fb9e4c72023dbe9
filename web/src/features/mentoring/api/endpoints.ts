import type { feedbackApi, mentorshipApi } from '@shared/mentoring/mentoring.contract.ts';
import type { contactApi } from '@shared/network/network.contract.ts';
import { endpointRef } from '../../../api/client.ts';

/** The mentoring endpoints the web calls, checked against the shared contract (see `endpointRef`). */
export const mentorshipEndpoints = {
  list: endpointRef<typeof mentorshipApi.list>('GET', '/api/v1/mentorships'),
  get: endpointRef<typeof mentorshipApi.get>('GET', '/api/v1/mentorships/:id'),
  create: endpointRef<typeof mentorshipApi.create>('POST', '/api/v1/mentorships'),
  update: endpointRef<typeof mentorshipApi.update>('PATCH', '/api/v1/mentorships/:id'),
  accept: endpointRef<typeof mentorshipApi.accept>('POST', '/api/v1/mentorships/:id/accept'),
  decline: endpointRef<typeof mentorshipApi.decline>('POST', '/api/v1/mentorships/:id/decline'),
  end: endpointRef<typeof mentorshipApi.end>('POST', '/api/v1/mentorships/:id/end'),
  shared: endpointRef<typeof mentorshipApi.shared>('GET', '/api/v1/mentorships/:id/shared'),
  sessions: endpointRef<typeof mentorshipApi.sessions>('GET', '/api/v1/mentorships/:id/sessions'),
  createSession: endpointRef<typeof mentorshipApi.createSession>('POST', '/api/v1/mentorships/:id/sessions'),
  updateSession: endpointRef<typeof mentorshipApi.updateSession>('PATCH', '/api/v1/mentoring-sessions/:id'),
  removeSession: endpointRef<typeof mentorshipApi.removeSession>('DELETE', '/api/v1/mentoring-sessions/:id'),
  actionItems: endpointRef<typeof mentorshipApi.actionItems>('GET', '/api/v1/mentorships/:id/action-items'),
  createActionItem: endpointRef<typeof mentorshipApi.createActionItem>(
    'POST',
    '/api/v1/mentorships/:id/action-items',
  ),
  myActionItems: endpointRef<typeof mentorshipApi.myActionItems>('GET', '/api/v1/action-items'),
  updateActionItem: endpointRef<typeof mentorshipApi.updateActionItem>('PATCH', '/api/v1/action-items/:id'),
  removeActionItem: endpointRef<typeof mentorshipApi.removeActionItem>('DELETE', '/api/v1/action-items/:id'),
  comment: endpointRef<typeof mentorshipApi.comment>('POST', '/api/v1/mentorships/:id/comments'),
  goalComments: endpointRef<typeof mentorshipApi.goalComments>('GET', '/api/v1/goals/:id/comments'),
  assess: endpointRef<typeof mentorshipApi.assess>('POST', '/api/v1/mentorships/:id/assessments'),
};

/** The feedback endpoints of a signed-in person (the public link's are in feedbackLink.ts). */
export const feedbackEndpoints = {
  create: endpointRef<typeof feedbackApi.create>('POST', '/api/v1/feedback-requests'),
  list: endpointRef<typeof feedbackApi.list>('GET', '/api/v1/feedback-requests'),
  inbox: endpointRef<typeof feedbackApi.inbox>('GET', '/api/v1/feedback-requests/inbox'),
  remove: endpointRef<typeof feedbackApi.remove>('DELETE', '/api/v1/feedback-requests/:id'),
  answer: endpointRef<typeof feedbackApi.answer>('POST', '/api/v1/feedback-requests/:id/answer'),
};

/** The network's contact search, for the picker of a person to invite or to ask. */
export const contactSearchEndpoint = endpointRef<typeof contactApi.list>('GET', '/api/v1/contacts');
