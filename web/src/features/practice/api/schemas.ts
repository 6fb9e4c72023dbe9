// The practice form's schema, the API's own. zod's settings first: see api/zod-setup.ts.
import '../../../api/zod-setup.ts';
import { CreatePracticeBody } from '@shared/practice/practice.schema.ts';
import { notAfter, TypedMinutes } from '../../learning/api/schemas.ts';

/**
 * A practice entry as its form saves it: the API's body, with the time as typed ("90", "1h 30m",
 * "1:30") and a day no later than `today`, both checked before sending in the server's words.
 */
export function practiceFormBody(today: string) {
  return CreatePracticeBody.extend({ date: notAfter(today), minutes: TypedMinutes });
}
