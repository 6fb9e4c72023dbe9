// Mentoring: mentorships between two people, or a person and one of her contacts; their sessions
// and action items; what the mentor sees of the mentee (her goals as their visibility allows, her
// skills when she shares them), comments on those goals and the mentor's assessments of her skills.
// An active mentorship ties its mentor to its mentee (mentoring.relationship.ts): the access module
// grants him a view of her data from that tie, and from nothing else.
//
// Who may do what. A side is the mentor or the mentee; the invitee is the person the invitation's
// e-mail belongs to, before she answers; the inviter is its creator, meanwhile. A third person gets
// 404 wherever an id is named, exactly as for an id that does not exist; anyone signed out, 401.
//
//                                     active side   invitee  inviter  declined/ended side  third
//   GET    /mentorships                   200         200      200          200             200
//   POST   /mentorships                   201 for anyone signed in (409 for a second open one with them)
//   GET    /mentorships/:id               200         200      200          200             404
//   PATCH  /mentorships/:id               200¹        404      409          409             404
//   POST   …/:id/accept, …/:id/decline    409         200      403          409             404
//   POST   …/:id/end                      200         404      200²         409             404
//   GET    …/:id/shared                   200         404      404          404             404
//   GET    …/:id/sessions, …/action-items 200         404      200          200             404
//   POST   …/:id/sessions, …/action-items 201         404      409          409             404
//   PATCH, DELETE /mentoring-sessions/:id 200/204³    404       —           409             404
//   PATCH  /action-items/:id              200⁴        404       —           409             404
//   DELETE /action-items/:id              204³        404       —           409             404
//   GET    /action-items                  200: those assigned to the asker, in her active and ended ones
//   POST   …/:id/comments                 201⁵        404      409          409             404
//   GET    /goals/:id/comments            200 to the goal's owner (all her mentorships', ended too); 404 else
//   POST   …/:id/assessments              201⁶ mentor, 403 mentee  404  409   409             404
//
//   ¹ focus and cadenceDays by either side; skillIds, goalIds and shareSkills by the mentee (else 403).
//   ² withdrawing the invitation; the invitee sees it no more.
//   ³ by the one who recorded it; 403 for the other side. An invitation has no sessions or items.
//   ⁴ done by either side; title and dueOn by the one who added it (else 403).
//   ⁵ on a goal of the mentee's whose visibility reaches mentors; else 400 at goalId.
//   ⁶ of a skill the mentee sees, recorded on her side; 409 when the mentee is a contact.
//
// The checks run in that order: 404 (not a side), 409 (not active), 403 (not hers to do), 400.
import type { Feature } from '../platform/feature.ts';
import { mentorTies } from './mentoring.relationship.ts';
import { mentoringRoutes } from './mentoring.routes.ts';
import { mentoringTableRules } from './mentoring.table.ts';
import { mentoringMigrations } from './migrations/index.ts';

export const mentoringFeature: Feature = {
  name: 'mentoring',
  tables: mentoringTableRules,
  migrations: mentoringMigrations,
  routes: mentoringRoutes,
  relationships: [mentorTies],
};
