import type { FeedConfig } from '../../config.ts';
import { addressPolicy } from './fetch/address-policy.ts';
import { decodeFeed } from './fetch/decode.ts';
import { fetchFeed, type Resolver, type Validators } from './fetch/fetch-feed.ts';
import { type ParsedFeed, parseFeed } from './parse/feed-parser.ts';

export type FeedReading =
  | { kind: 'not_modified' }
  | { kind: 'fetched'; feed: ParsedFeed; validators: Validators };

/** Where feeds are read from: the web, as the instance's settings allow. */
export interface FeedSource {
  /** Fetches, decodes and parses a feed; throws a FeedError when any of that fails. */
  read(url: string, validators: Validators | null): Promise<FeedReading>;
  /** How long a claim on a feed lasts: longer than any one fetch, should its app server die. */
  leaseMs: number;
}

export function webFeedSource(config: FeedConfig, version: string, resolve?: Resolver): FeedSource {
  const options = {
    policy: addressPolicy(config.allowPrivate),
    timeoutMs: config.timeoutMs,
    userAgent: `Trellis/${version} (feed reader)`,
    ...(resolve ? { resolve } : {}),
  };
  return {
    leaseMs: config.timeoutMs + 60_000,
    async read(url, validators) {
      const answer = await fetchFeed(url, validators, options);
      if (answer.kind === 'not_modified') return answer;
      // Relative links resolve against where the feed was found, after redirects.
      const feed = parseFeed(decodeFeed(answer.body, answer.contentType), answer.url);
      return { kind: 'fetched', feed, validators: answer.validators };
    },
  };
}
