// A TCP proxy on 127.0.0.1 in front of PostgreSQL that can fail the way networks fail: a partition
// (every byte in flight dropped, connections left open and silent) and a server that accepts
// connections but never answers.
import net from 'node:net';

export type ProxyMode = 'forward' | 'silent';

export interface TcpProxy {
  port: number;
  /** From now on: new connections are accepted and never answered, open ones go silent for good. */
  partition(): void;
  /** New connections are forwarded again; those that went silent stay silent, as after a real cut. */
  heal(): void;
  close(): Promise<void>;
}

export async function startProxy(
  target: { host: string; port: number },
  mode: ProxyMode = 'forward',
): Promise<TcpProxy> {
  let current = mode;
  const links = new Set<{ client: net.Socket; upstream: net.Socket | null; silence(): void }>();

  const server = net.createServer((client) => {
    client.on('error', () => {});
    if (current === 'silent') {
      client.on('data', () => {}); // read and drop
      links.add({ client, upstream: null, silence() {} });
      return;
    }
    const upstream = net.connect(target.port, target.host);
    upstream.on('error', () => client.destroy());
    let silent = false;
    client.on('data', (chunk) => {
      if (!silent) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!silent) client.write(chunk);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => {
      if (!silent) client.destroy();
    });
    links.add({
      client,
      upstream,
      silence() {
        silent = true;
      },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    port,
    partition() {
      current = 'silent';
      for (const link of links) link.silence();
    },
    heal() {
      current = 'forward';
    },
    close() {
      for (const link of links) {
        link.client.destroy();
        link.upstream?.destroy();
      }
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
