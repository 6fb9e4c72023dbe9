import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { importApi } from '../../../shared/skills/skill.contract.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { AppError, forbidden, validationFailed } from '../../platform/http/errors.ts';
import { route } from '../../platform/http/route.ts';
import { ImportError, runImport } from './import.service.ts';
import { fileFromBuffer, type ImportFile } from './import-file.ts';

/** What one upload may bring, all files together; every other route keeps Fastify's 1 MiB. */
export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;
const MAX_FILES = 200;
const MEGABYTES = Math.round(IMPORT_MAX_BYTES / 1024 / 1024);

const tooLarge = () =>
  new AppError(413, 'payload_too_large', `The files are larger than ${MEGABYTES} MB together.`);

/**
 * The admins' imports of O*NET and ESCO files, as a multipart upload (field `files`, several). The
 * multipart parser and its 100 MB limit are registered in this plugin only: every other route keeps
 * the app's JSON parser and its 1 MiB limit.
 */
export function importRoutes(app: FastifyInstance, ctx: AppContext): void {
  void app.register(async (imports) => {
    await imports.register(multipart, {
      limits: { fileSize: IMPORT_MAX_BYTES, files: MAX_FILES, fields: 20, parts: MAX_FILES + 20 },
    });
    const endpoints = [
      [importApi.importOnet, 'onet'],
      [importApi.importEsco, 'esco'],
    ] as const;
    for (const [endpoint, source] of endpoints) {
      route(imports, endpoint, async ({ ctx: request, req }) => {
        if (request.actor.role !== 'admin')
          throw forbidden('Only an administrator of this instance can import.');
        const files = await uploadedFiles(req);
        return runImport(ctx.access.instance, source, files, ctx.clock.now()).catch((err) => {
          if (err instanceof ImportError) throw noFiles(err.message);
          throw err;
        });
      });
    }
  });
}

const noFiles = (message: string) => validationFailed([{ path: 'files', message }], message);

/** The files of the field `files`, read into memory, within the limit on all of them together. */
async function uploadedFiles(req: FastifyRequest): Promise<ImportFile[]> {
  if (!req.isMultipart()) {
    throw new AppError(
      415,
      'unsupported_media_type',
      'Send the files as multipart/form-data, in the field "files".',
    );
  }
  const files: ImportFile[] = [];
  let total = 0;
  try {
    for await (const part of req.files()) {
      if (part.fieldname !== 'files') {
        part.file.resume();
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of part.file as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > IMPORT_MAX_BYTES) throw tooLarge();
        chunks.push(chunk);
      }
      if (part.file.truncated) throw tooLarge();
      files.push(fileFromBuffer(part.filename, Buffer.concat(chunks)));
    }
  } catch (err) {
    throw uploadError(err);
  }
  if (files.length === 0) throw noFiles('Send the files to import in the field "files".');
  return files;
}

/** Whatever went wrong reading the upload is the sender's to fix: never a 500. */
function uploadError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const status = (err as { statusCode?: unknown }).statusCode;
  if (status === 413) return tooLarge();
  const detail = err instanceof Error ? err.message : String(err);
  return validationFailed(
    [{ path: 'files', message: `could not be read as multipart/form-data (${detail})` }],
    `The upload could not be read as multipart/form-data: ${detail}.`,
  );
}
