// The mentoring and feedback forms' schemas, the API's own. zod's settings first: see api/zod-setup.ts.
import '../../../api/zod-setup.ts';

export { Email } from '@shared/accounts/account.schema.ts';
export { CreateFeedbackRequestBody, FeedbackAnswerBody } from '@shared/mentoring/feedback.schema.ts';
export {
  CreateActionItemBody,
  CreateCommentBody,
  CreateMentorshipBody,
  CreateSessionBody,
  MentorAssessmentBody,
  UpdateActionItemBody,
  UpdateMentorshipBody,
  UpdateSessionBody,
} from '@shared/mentoring/mentorship.schema.ts';
