// The unsubscribe pages: plain server-rendered HTML with no script and no inline style, which the
// web app's content policy (platform/http/headers.ts) forbids on every page outside the API.
import { escapeHtml } from '../platform/mail.ts';

const page = (title: string, body: string) =>
  [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} · Trellis</title></head>`,
    `<body><main><h1>${escapeHtml(title)}</h1>`,
    body,
    '</main></body></html>',
    '',
  ].join('\n');

/** Asks before it stops: a link followed (by a person or a mail scanner) must change nothing. */
export const confirmPage = (email: string, action: string): string =>
  page(
    'Stop the weekly digest?',
    [
      `<p>Trellis sends a digest to ${escapeHtml(email)} on Monday mornings.</p>`,
      `<form method="post" action="${escapeHtml(action)}">`,
      '<button type="submit">Stop the weekly digest</button>',
      '</form>',
    ].join('\n'),
  );

export const stoppedPage = (email: string): string =>
  page(
    'The weekly digest is off',
    `<p>Trellis sends no more digests to ${escapeHtml(email)}. Turn it on again in your account settings.</p>`,
  );
