// An import's refusal of a document, said at the file's field: the API answers the first problems
// at their place in the document (`checkIns.3.goalId`), which the person reads as lines about the file.
import { ApiError } from '../../../api/client.ts';
import { issuesOf } from '../../../api/errors.ts';

/** How many of the document's problems are listed; the summary above counts them all. */
const SHOWN = 5;

/** The error with the document's problems as issues at `file`, each naming where it is. */
export function atFileField(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return error;
  const issues = issuesOf(error);
  if (issues.length === 0) return error;
  return new ApiError(400, {
    ...error.body,
    issues: issues.slice(0, SHOWN).map((i) => ({
      path: 'file',
      message: i.path === 'body' ? `The file ${i.message}` : `At ${i.path}: ${i.message}`,
    })),
  });
}
