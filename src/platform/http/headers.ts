import type { FastifyReply, FastifyRequest } from 'fastify';

/** The three kinds of answer, by path: each has its own content policy. */
export type AnswerKind = 'web' | 'docs' | 'api';

/**
 * The web app (index.html, its assets, and anything else outside the API): only its own scripts,
 * styles and fonts, nothing inline (React sets `style` props through the CSSOM, which a policy
 * does not govern), images of its own or data: URLs (the select arrow in forms.css), API calls to
 * its own origin, no plugins, and never framed.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The API docs (Swagger UI): like the web app, except that its React components write inline
 * styles, so styles may be inline; its logo is a data: URL. Its own scripts only, so no validator
 * badge calling out to validator.swagger.io.
 */
export const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** API and health answers are data, never a page: should one be opened as a document, it may load nothing. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

const CSP: Record<AnswerKind, string> = { web: WEB_APP_CSP, docs: DOCS_CSP, api: API_CSP };

/** The path of a request's URL, without its query. */
export const pathOf = (url: string): string => url.split('?', 1)[0] ?? url;

export const isDocsPath = (pathname: string): boolean =>
  pathname === '/api/docs' || pathname.startsWith('/api/docs/');

/** What a request's answer is, by its path: the docs, the API (with the health checks), or the web app. */
export function answerKind(url: string): AnswerKind {
  const pathname = pathOf(url);
  if (isDocsPath(pathname)) return 'docs';
  if (/^\/(?:api(?:\/|$)|(?:healthz|readyz)\/?$)/.test(pathname)) return 'api';
  return 'web';
}

/**
 * The headers every answer carries, whatever answered it (a route, the not-found handler, the
 * error handler, or the router's own errors): its request id, no content sniffing, the origin
 * alone as referrer to other sites, never framed (`X-Frame-Options` for browsers older than
 * `frame-ancestors`), the content policy of its kind, HSTS when Trellis is served over https, and
 * no caching of API answers. How long the web app's and the docs' files may be cached is set
 * where they are served (web-app.ts).
 */
export function standardHeaders(publicOrigin: string | null) {
  const https = publicOrigin?.startsWith('https:') === true;
  return (req: FastifyRequest, reply: FastifyReply): void => {
    const kind = answerKind(req.url);
    reply.header('x-request-id', req.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    reply.header('x-frame-options', 'DENY');
    reply.header('content-security-policy', CSP[kind]);
    // Browsers that once reached Trellis over https never try plain http again for a year.
    if (https) reply.header('strict-transport-security', 'max-age=31536000');
    if (kind === 'api') reply.header('cache-control', 'no-store');
  };
}
