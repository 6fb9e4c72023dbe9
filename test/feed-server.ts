// A web server on 127.0.0.1 (a port of its own) for tests that fetch feeds: each path answers as
// the test says, and every request is recorded with its headers. Closed by the test that opened it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Answer = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface FeedServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  port: number;
  /** Makes `path` answer with `answer` (replacing what it answered before). */
  on(path: string, answer: Answer): void;
  /** Every request so far: its path and headers. */
  requests: { path: string; headers: http.IncomingHttpHeaders }[];
  /** The requests made for `path`. */
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const answers = new Map<string, Answer>();
  const requests: FeedServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const answer = answers.get(path);
    if (answer) answer(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    on: (path, answer) => answers.set(path, answer),
    requests,
    hits: (path) => requests.filter((r) => r.path === path).length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An answer of a fixed body, with headers. */
export const send =
  (body: string | Buffer, headers: Record<string, string> = {}, status = 200): Answer =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/rss+xml; charset=utf-8', ...headers }).end(body);
  };

/** A redirect to `location`. */
export const redirect =
  (location: string, status = 302): Answer =>
  (_req, res) => {
    res.writeHead(status, { location }).end();
  };

/** An RSS 2.0 feed of the items given (newest first), each with a guid, link and date. */
export function rssFeed(
  title: string,
  items: { guid: string; title: string; date: string; audio?: string }[],
) {
  const entries = items
    .map(
      (i) =>
        `<item><guid isPermaLink="false">${i.guid}</guid><title>${i.title}</title>` +
        `<link>https://example.org/${i.guid}</link><pubDate>${new Date(i.date).toUTCString()}</pubDate>` +
        (i.audio ? `<enclosure url="${i.audio}" length="1000" type="audio/mpeg"/>` : '') +
        '<itunes:duration>1:02:30</itunes:duration></item>',
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>' +
    `<title>${title}</title><link>https://example.org/</link>${entries}</channel></rss>`
  );
}
