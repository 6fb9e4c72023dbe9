import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One episode of the test podcast. */
export interface Episode {
  guid: string;
  title: string;
  /** RFC 822, as RSS writes dates. */
  pubDate: string;
  /** itunes:duration as the feed writes it: seconds, mm:ss or hh:mm:ss. */
  duration: string;
  link: string;
}

export interface FeedServer {
  /** The feed's address on 127.0.0.1. */
  url: string;
  /** Episodes served from now on, newest first (a refresh then finds the new ones). */
  episodes: Episode[];
  /** A web page (HTML, not a feed) on the same server, for the refusal of an address that holds no feed. */
  pageUrl: string;
  /** How many times the feed was asked for. */
  requests(): number;
  stop(): Promise<void>;
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The podcast's web page: HTML as sites serve it, void elements unclosed, so no XML parser takes it. */
const PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>The podcast</title></head>
<body><h1>The podcast</h1><p>Listen in your app.<br>New every week.</p></body>
</html>`;

/**
 * A podcast feed (RSS 2.0 with the iTunes namespace and audio enclosures) on a free loopback port,
 * for journeys that subscribe, refresh and queue episodes without leaving the machine.
 */
export async function startFeedServer(title: string, episodes: Episode[]): Promise<FeedServer> {
  let served = 0;
  const state = { episodes };
  const server: Server = createServer((request, response) => {
    served += 1;
    if (request.url === '/page.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
      return;
    }
    if (request.url !== '/feed.xml') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const items = state.episodes
      .map(
        (e) => `
    <item>
      <guid isPermaLink="false">${xml(e.guid)}</guid>
      <title>${xml(e.title)}</title>
      <link>${xml(e.link)}</link>
      <pubDate>${e.pubDate}</pubDate>
      <itunes:duration>${e.duration}</itunes:duration>
      <enclosure url="${base}/audio/${xml(e.guid)}.mp3" length="1000" type="audio/mpeg"/>
    </item>`,
      )
      .join('');
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    response.end(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
  <channel>
    <title>${xml(title)}</title>
    <link>${base}/</link>
    <description>A podcast served for the test.</description>${items}
  </channel>
</rss>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/feed.xml`,
    pageUrl: `http://127.0.0.1:${port}/page.html`,
    get episodes() {
      return state.episodes;
    },
    set episodes(next: Episode[]) {
      state.episodes = next;
    },
    requests: () => served,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
