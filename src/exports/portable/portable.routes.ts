import type { FastifyInstance, FastifyRequest } from 'fastify';
import { exportApi } from '../../../shared/exports/export.contract.ts';
import { PORTABLE_IMPORT_MAX_BYTES } from '../../../shared/exports/portable.schema.ts';
import { validationFailed } from '../../platform/http/errors.ts';
import { checkOrigin } from '../../platform/http/origin.ts';
import { route } from '../../platform/http/route.ts';
import { rawBody } from '../../platform/http/upload.ts';
import { portableExport } from './portable.export.ts';
import { importPortable } from './portable.import.ts';
import { versionIssue } from './portable.version.ts';

/** The full export, and its import. */
export function portableRoutes(app: FastifyInstance): void {
  route(app, exportApi.full, async ({ ctx, reply }) => {
    reply.header('content-disposition', `attachment; filename="trellis-export-${ctx.today()}.json"`);
    return portableExport(ctx);
  });

  // In a plugin of its own: only this route takes JSON bodies of up to 20 MB (413 beyond); every
  // other route keeps the app's parser and its 1 MiB limit.
  void app.register(async (imports) => {
    const parseJson = imports.getDefaultJsonParser('error', 'error');
    imports.removeContentTypeParser('application/json');
    imports.addContentTypeParser('application/json', async (req: FastifyRequest) => {
      const text = (await rawBody(req, PORTABLE_IMPORT_MAX_BYTES)).toString('utf8');
      if (text.trim() === '') return undefined;
      return new Promise((resolve, reject) => {
        parseJson(req, text, (err, body) => (err ? reject(err) : resolve(body)));
      });
    });
    imports.addHook('preValidation', async (req) => {
      if (!req.ctx) return;
      checkOrigin(req);
      const issue = versionIssue(req.body);
      if (issue) throw validationFailed([issue], `The document's ${issue.path} ${issue.message}.`);
    });
    route(imports, exportApi.importFull, async ({ ctx, body }) => importPortable(ctx, body));
  });
}
