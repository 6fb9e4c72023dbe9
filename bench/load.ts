// A small, bounded HTTP load: `connections` keep-alive connections to 127.0.0.1 sending `requests`
// requests in all, as fast as answers come back. Answers requests per second.
import http from 'node:http';

export interface LoadRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: () => string;
}

export async function load(
  port: number,
  request: LoadRequest,
  { connections = 10, requests = 2_000 } = {},
): Promise<{ perSecond: number; failures: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  let sent = 0;
  let failures = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const body = request.body?.();
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          agent,
          method: request.method ?? 'GET',
          path: request.path,
          headers: { ...request.headers, ...(body ? { 'content-type': 'application/json' } : {}) },
        },
        (res) => {
          if ((res.statusCode ?? 500) >= 400) failures += 1;
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', () => {
        failures += 1;
        resolve();
      });
      req.end(body);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (sent < requests) {
        sent += 1;
        await one();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { perSecond: requests / seconds, failures };
}
