// The API's errors said where the person acted: a feed that cannot be followed at the address they
// typed (502 unreachable, 422 not a feed, 409 followed already: each a plain sentence). An
// import's refusal of its file is said at the file's field by components/fileIssues.ts.
import { ApiError } from '../../../api/client.ts';

const ABOUT_THE_ADDRESS = new Set(['feed_unavailable', 'feed_invalid', 'conflict']);

/**
 * The subscribe form's error, with a feed's failure moved onto the `url` field as the API's own
 * field errors are (a refused address is one already: 400 at `url`). Anything else is left as it is.
 */
export function atUrlField(error: unknown): unknown {
  if (!(error instanceof ApiError) || !ABOUT_THE_ADDRESS.has(error.code)) return error;
  return new ApiError(400, {
    code: 'validation_failed',
    message: error.message,
    issues: [{ path: 'url', message: error.message }],
    requestId: error.body.requestId,
  });
}

/** True for a refresh that failed because of the feed (recorded as its last error), not the request. */
export const isFeedFailure = (error: unknown): boolean =>
  error instanceof ApiError && (error.code === 'feed_unavailable' || error.code === 'feed_invalid');
