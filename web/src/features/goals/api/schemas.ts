// The goal forms' schemas and choices, the API's own. zod's settings first: see api/zod-setup.ts.
import '../../../api/zod-setup.ts';

export {
  CATEGORIES,
  CreateGoalBody,
  Measurement,
  ReviewDraftBody,
  STATES,
  UpdateGoalBody,
  VISIBILITIES,
} from '@shared/goals/goal.schema.ts';
export { CalendarDate } from '@shared/http/common.schema.ts';
