// What the logs say about a request, without the secrets its address may carry: the token of a
// link sent by e-mail is in the path itself, where header redaction cannot reach it.
import type { FastifyRequest } from 'fastify';

export const REDACTED = '[redacted]';

/**
 * `url` with the segment after each of `prefixes` replaced by `[redacted]`. Prefixes match in any
 * case, since the web app's client-side routes do too; the query and anything after the secret stay.
 */
export function redactUrl(url: string, prefixes: readonly string[]): string {
  const lower = url.toLowerCase();
  for (const prefix of prefixes) {
    if (!lower.startsWith(prefix.toLowerCase())) continue;
    const rest = url.slice(prefix.length);
    const end = rest.search(/[/?#]/);
    const secret = end === -1 ? rest : rest.slice(0, end);
    if (secret === '') return url;
    return `${url.slice(0, prefix.length)}${REDACTED}${rest.slice(secret.length)}`;
  }
  return url;
}

const headerValue = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value.join(', ') : value;

/**
 * Fastify's own serializer of a request for its logs (the same fields), with the address's secrets
 * redacted.
 */
export function requestSerializer(secretPaths: readonly string[]) {
  return (req: FastifyRequest) => ({
    method: req.method,
    url: redactUrl(req.url, secretPaths),
    version: headerValue(req.headers?.['accept-version']),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket ? req.socket.remotePort : undefined,
  });
}
