import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { contactApi } from '../../../shared/network/network.contract.ts';
import { IMPORT_MAX_BYTES } from '../../../shared/network/network.limits.ts';
import { type AppError, validationFailed } from '../../platform/http/errors.ts';
import { route } from '../../platform/http/route.ts';
import { mediaType, rawBody, takeRawBodies, uploadedFile } from '../../platform/http/upload.ts';
import { LinkedInError, readLinkedIn } from './linkedin.reader.ts';
import { importLinkedIn } from './linkedin.service.ts';
import { readVcards, VcardError } from './vcard.reader.ts';
import { importVcards } from './vcard.service.ts';

const LINKEDIN = { types: ['text/csv', 'application/csv'], what: 'LinkedIn’s Connections.csv' };
const VCARD = { types: ['text/vcard', 'text/x-vcard', 'text/directory'], what: 'the vCard file' };

/**
 * Registers routes in a plugin of their own that takes files as the raw body of `types`, or as the
 * one file of a multipart upload, up to 10 MB either way (413 beyond): only there are such bodies
 * taken, and every other route keeps the 1 MiB JSON limit.
 */
function filePlugin(
  app: FastifyInstance,
  file: { types: string[]; what: string },
  routes: (imports: FastifyInstance) => void,
): void {
  void app.register(async (imports) => {
    await imports.register(multipart, {
      limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 10, parts: 11 },
    });
    takeRawBodies(
      imports,
      file.types,
      `Send ${file.what} as the body (${file.types.join(', ')}), or as a file in a multipart/form-data upload.`,
      ['multipart/form-data'],
    );
    routes(imports);
  });
}

/** The file sent, and where a 400 about its content points: `body`, or the upload's `file`. */
async function fileOf(req: FastifyRequest, what: string): Promise<{ content: Buffer; path: string }> {
  return mediaType(req) === 'multipart/form-data'
    ? { content: await uploadedFile(req, IMPORT_MAX_BYTES, what), path: 'file' }
    : { content: await rawBody(req, IMPORT_MAX_BYTES), path: 'body' };
}

/** A reader's refusal of the whole file, as a 400 at where the file came. */
const refused = (path: string, err: Error): AppError =>
  validationFailed([{ path, message: err.message }], `The ${path} ${err.message}.`);

/** The LinkedIn and vCard imports. */
export function networkImportRoutes(app: FastifyInstance): void {
  filePlugin(app, LINKEDIN, (imports) =>
    route(imports, contactApi.importLinkedIn, async ({ ctx, req }) => {
      const { content, path } = await fileOf(req, LINKEDIN.what);
      try {
        return await importLinkedIn(ctx, readLinkedIn(content));
      } catch (err) {
        throw err instanceof LinkedInError ? refused(path, err) : err;
      }
    }),
  );
  filePlugin(app, VCARD, (imports) =>
    route(imports, contactApi.importVcard, async ({ ctx, req }) => {
      const { content, path } = await fileOf(req, VCARD.what);
      try {
        return await importVcards(ctx, readVcards(content));
      } catch (err) {
        throw err instanceof VcardError ? refused(path, err) : err;
      }
    }),
  );
}
