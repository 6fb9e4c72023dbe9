// Fetches a feed: http/https only, each address checked after DNS resolution and at every redirect,
// and the connection made to the very address that was checked (a host name is resolved once: a
// DNS answer that changes between the check and the connection cannot point it elsewhere). Bounded
// in time (one deadline for the whole fetch, redirects and body included), in redirects, and in
// size while the body streams in.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net, { type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { FEED_MAX_BYTES, FEED_MAX_REDIRECTS } from '../../../../shared/content/feed.schema.ts';
import { FeedError, refused, unavailable } from '../feed-error.ts';
import type { AddressPolicy } from './address-policy.ts';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to its addresses (DNS, or a test's own table). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

const systemResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

export interface FetchOptions {
  /** Which resolved addresses may be connected to. */
  policy: AddressPolicy;
  /** How long the whole fetch may take. */
  timeoutMs: number;
  userAgent: string;
  maxBytes?: number;
  maxRedirects?: number;
  resolve?: Resolver;
}

/** The validators of the last answer, sent back so an unchanged feed answers 304. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchResult =
  | { kind: 'not_modified' }
  | {
      kind: 'fetched';
      body: Buffer;
      contentType: string | undefined;
      /** Where the feed was found, after redirects: the base of its relative links. */
      url: string;
      validators: Validators;
    };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/** Fetches `address`; throws a FeedError (refused, unavailable) when it cannot. */
export async function fetchFeed(
  address: string,
  validators: Validators | null,
  options: FetchOptions,
): Promise<FetchResult> {
  const maxRedirects = options.maxRedirects ?? FEED_MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  try {
    let url = checkedUrl(address);
    for (let redirects = 0; ; redirects += 1) {
      const answer = await request(url, headers, controller.signal, options);
      const status = answer.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        answer.resume();
        const location = answer.headers.location;
        if (!location) throw unavailable(`The feed's server answered ${status} without saying where to go.`);
        if (redirects >= maxRedirects) {
          throw unavailable(`The feed redirected more than ${maxRedirects} times.`);
        }
        if (!URL.canParse(location, url)) {
          throw unavailable(`The feed's server redirected to an address that is not one: ${location}`);
        }
        url = checkedUrl(new URL(location, url).href);
        continue;
      }
      if (status === 304 && validators) {
        answer.resume();
        return { kind: 'not_modified' };
      }
      if (status < 200 || status > 299) {
        answer.resume();
        const text = http.STATUS_CODES[status];
        throw unavailable(`The feed's server answered ${status}${text ? ` ${text}` : ''}.`);
      }
      const body = await readBody(answer, options.maxBytes ?? FEED_MAX_BYTES);
      return {
        kind: 'fetched',
        body,
        contentType: answer.headers['content-type'],
        url: url.href,
        validators: {
          etag: answer.headers.etag ?? null,
          lastModified: answer.headers['last-modified'] ?? null,
        },
      };
    }
  } catch (err) {
    if (err instanceof FeedError) throw err;
    if (controller.signal.aborted) {
      throw unavailable(`The feed's server did not answer within ${options.timeoutMs / 1000} seconds.`);
    }
    throw unavailable(`The feed could not be fetched: ${networkProblem(err)}.`);
  } finally {
    clearTimeout(timer);
  }
}

/** The address as a URL, when it is one a feed may be fetched from. */
function checkedUrl(address: string): URL {
  if (!URL.canParse(address)) throw refused('is not a web address');
  const url = new URL(address);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw refused(`uses ${url.protocol.replace(/:$/, '')}:, and feeds are fetched over http and https only`);
  }
  if (url.username || url.password) throw refused('must not hold a user name or password');
  return url;
}

/** Sends the request to the host's checked address; answers the response once its headers arrive. */
async function request(
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
  options: FetchOptions,
): Promise<http.IncomingMessage> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = net.isIP(host)
    ? [{ address: host, family: net.isIP(host) }]
    : await resolve(host, options);
  const refusedAddress = addresses.find((a) => !options.policy(a.address));
  if (refusedAddress) {
    throw refused(
      `points at ${refusedAddress.address}, a private, loopback, link-local or reserved address; this instance fetches feeds from public addresses only`,
    );
  }
  // Node asks for every address (to try them in turn) or for one: either way, only the addresses
  // just checked, never a second DNS answer.
  const lookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };
  return new Promise((resolved, rejected) => {
    const send = url.protocol === 'https:' ? https.request : http.request;
    // A one-off agent: a kept-alive socket could have been opened to another address.
    const req = send(url, { headers, agent: false, signal, lookup });
    req.once('response', resolved);
    req.once('error', rejected);
    req.end();
  });
}

async function resolve(host: string, options: FetchOptions): Promise<ResolvedAddress[]> {
  let addresses: ResolvedAddress[];
  try {
    addresses = await (options.resolve ?? systemResolver)(host);
  } catch (err) {
    throw unavailable(`The feed's host ${host} could not be found (${networkProblem(err)}).`);
  }
  if (addresses.length === 0) throw unavailable(`The feed's host ${host} has no address.`);
  return addresses;
}

/** The body, decompressed, refused as soon as it grows past `maxBytes`. */
async function readBody(answer: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => unavailable(`The feed is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
  const declared = Number(answer.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    answer.destroy();
    throw tooLarge();
  }
  const body = decompressed(answer);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof FeedError) throw err;
    if ((err as { code?: unknown }).code?.toString().startsWith('Z_')) {
      throw unavailable('The feed could not be decompressed: its server sent a broken stream.');
    }
    throw err;
  } finally {
    answer.destroy();
    body.destroy();
  }
  return Buffer.concat(chunks);
}

function decompressed(answer: http.IncomingMessage): Readable {
  const encoding = (answer.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : null;
  if (encoding === 'identity' || encoding === '') return answer;
  if (!decoder) {
    answer.destroy();
    throw unavailable(`The feed is compressed as "${encoding}", which Trellis does not read.`);
  }
  answer.on('error', (err) => decoder.destroy(err));
  return answer.pipe(decoder);
}

/** A network failure in words. */
function networkProblem(err: unknown): string {
  const code = String((err as { code?: unknown }).code ?? '');
  const known: Record<string, string> = {
    ECONNREFUSED: 'the connection was refused',
    ECONNRESET: 'the connection was reset',
    ETIMEDOUT: 'the connection timed out',
    EHOSTUNREACH: 'the host cannot be reached',
    ENETUNREACH: 'the network cannot be reached',
    ENOTFOUND: 'no such host',
    EAI_AGAIN: 'the name server did not answer',
    HPE_INVALID_CONSTANT: 'the server does not speak HTTP',
  };
  if (known[code]) return known[code];
  if (code.includes('CERT') || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL')) {
    return `its TLS certificate was not accepted (${code})`;
  }
  return err instanceof Error ? err.message : String(err);
}
