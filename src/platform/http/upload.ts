// Files sent to an import as the raw body (`text/csv`, `text/x-opml` …) or as a multipart upload,
// read into memory within a limit. The routes that take them register the parsers for their own
// media types only (in a plugin of their own): every other route keeps the app's JSON parser and
// its 1 MiB limit.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, validationFailed } from './errors.ts';

const megabytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;

export const tooLarge = (maxBytes: number) =>
  new AppError(413, 'payload_too_large', `The file is larger than ${megabytes(maxBytes)}.`);

/**
 * Takes bodies of `raw` media types in this plugin without parsing them (the handler reads them),
 * and answers 415 with `say` for any media type but those and `alsoAccepted` (parsed by a plugin,
 * such as multipart). A request without credentials goes on to its route's 401.
 */
export function takeRawBodies(
  app: FastifyInstance,
  raw: readonly string[],
  say: string,
  alsoAccepted: readonly string[] = [],
): void {
  app.addContentTypeParser([...raw], (_req, _payload, done) => done(null));
  app.addHook('onRequest', async (req) => {
    if (!req.ctx) return;
    const type = mediaType(req);
    if (!raw.includes(type) && !alsoAccepted.includes(type)) {
      throw new AppError(415, 'unsupported_media_type', say);
    }
  });
}

/** The request's media type, in lower case, without parameters. */
export const mediaType = (req: FastifyRequest): string =>
  (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();

/** The raw body of the request, refused with 413 as soon as it is larger than `maxBytes`. */
export async function rawBody(req: FastifyRequest, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req.raw as AsyncIterable<Buffer | string>) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(buffer);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw validationFailed(
      [{ path: 'body', message: 'could not be read to the end' }],
      'The body could not be read to the end.',
    );
  }
  return Buffer.concat(chunks);
}

/**
 * The first file of a multipart upload (whatever its field's name), within `maxBytes` (413
 * beyond); `what` names it in the 400 when the upload holds none. The route registers
 * @fastify/multipart with the same limit.
 */
export async function uploadedFile(req: FastifyRequest, maxBytes: number, what: string): Promise<Buffer> {
  try {
    for await (const part of req.parts()) {
      if (part.type !== 'file') continue;
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of part.file as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > maxBytes) throw tooLarge(maxBytes);
        chunks.push(chunk);
      }
      if (part.file.truncated) throw tooLarge(maxBytes);
      return Buffer.concat(chunks);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as { statusCode?: unknown }).statusCode === 413) throw tooLarge(maxBytes);
    const detail = err instanceof Error ? err.message : String(err);
    throw validationFailed(
      [{ path: 'file', message: `could not be read as multipart/form-data (${detail})` }],
      `The upload could not be read as multipart/form-data: ${detail}.`,
    );
  }
  throw validationFailed(
    [{ path: 'file', message: 'is required: send the export as a file' }],
    `Send ${what} as a file in the upload.`,
  );
}
