// An import's refusal of its file, said at the file's field: the API's issues about the body or
// the file made sentences about the file, and a size or media type refused as a whole.
import { ApiError } from '../api/client.ts';
import { type Issue, issuesOf } from '../api/errors.ts';

/**
 * The API's refusals of the file as issues at the field: its issues at `body` or `file` ("is not
 * well-formed XML"), made sentences about the file, and a size or media type refused as a whole.
 */
export function fileIssues(error: unknown): Issue[] {
  const issues = issuesOf(error)
    .filter((i) => i.path === 'body' || i.path === 'file')
    .map((i) => ({
      path: 'file',
      message: /^\p{Lu}/u.test(i.message) ? i.message : `The file ${i.message}`,
    }));
  if (issues.length > 0) return issues;
  if (error instanceof ApiError && (error.status === 413 || error.status === 415)) {
    return [{ path: 'file', message: error.message }];
  }
  return [];
}
