// The skill forms' schemas, the API's own. zod's settings first: see api/zod-setup.ts.
import '../../../api/zod-setup.ts';
import { formatDate } from '@shared/calendar.ts';
import { CalendarDate, Id } from '@shared/http/common.schema.ts';
import { CreateAssessmentBody, CreateRoleBody } from '@shared/skills/skill.schema.ts';

export {
  CreateAssessmentBody,
  CreateSkillBody,
  NAME_MAX,
  POSTING_MAX,
  PostingBody,
  UpdateRoleBody,
} from '@shared/skills/skill.schema.ts';

/**
 * The assessment form: the API's body, the skill it is of, and a date no later than `today` (the
 * server's own rule, checked before sending, in the server's words).
 */
export function assessmentFormBody(today: string) {
  return CreateAssessmentBody.extend({
    skillId: Id,
    date: CalendarDate.refine(
      (date) => date <= today,
      `is in the future (today is ${formatDate(today)})`,
    ).optional(),
  });
}

/** A role as its form saves it: the API's body, with at least one skill to measure readiness against. */
export const RoleFormBody = CreateRoleBody.refine((body) => body.requirements.length > 0, {
  path: ['requirements'],
  message: 'Add at least one skill: readiness for the role is measured against its skills.',
});
