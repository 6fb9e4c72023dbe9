import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { contentApi } from '../../../shared/content/content.contract.ts';
import { GOODREADS_MAX_BYTES } from '../../../shared/content/feed.schema.ts';
import { validationFailed } from '../../platform/http/errors.ts';
import { route } from '../../platform/http/route.ts';
import { mediaType, rawBody, takeRawBodies, uploadedFile } from '../../platform/http/upload.ts';
import { GoodreadsError, readGoodreads } from './goodreads.reader.ts';
import { importGoodreads } from './goodreads.service.ts';

/**
 * The Goodreads import, in a plugin of its own: the CSV as the raw body (text/csv), or as the one
 * file of a multipart upload, up to 10 MB either way.
 */
export function goodreadsRoutes(app: FastifyInstance): void {
  void app.register(async (imports) => {
    await imports.register(multipart, {
      limits: { fileSize: GOODREADS_MAX_BYTES, files: 1, fields: 10, parts: 11 },
    });
    takeRawBodies(
      imports,
      ['text/csv', 'application/csv'],
      'Send the Goodreads export as the body (text/csv), or as a file in a multipart/form-data upload.',
      ['multipart/form-data'],
    );
    route(imports, contentApi.importGoodreads, async ({ ctx, req }) => {
      const multipartUpload = mediaType(req) === 'multipart/form-data';
      const content = multipartUpload
        ? await uploadedFile(req, GOODREADS_MAX_BYTES, 'the Goodreads export')
        : await rawBody(req, GOODREADS_MAX_BYTES);
      try {
        return await importGoodreads(ctx, readGoodreads(content, ctx.today()));
      } catch (err) {
        if (!(err instanceof GoodreadsError)) throw err;
        const path = multipartUpload ? 'file' : 'body';
        throw validationFailed([{ path, message: err.message }], `The ${path} ${err.message}.`);
      }
    });
  });
}
