import type { FastifyInstance } from 'fastify';
import { feedApi } from '../../../../shared/content/content.contract.ts';
import { OPML_MAX_BYTES } from '../../../../shared/content/feed.schema.ts';
import { validationFailed } from '../../../platform/http/errors.ts';
import { route } from '../../../platform/http/route.ts';
import { rawBody, takeRawBodies } from '../../../platform/http/upload.ts';
import type { AddressPolicy } from '../fetch/address-policy.ts';
import { decodeFeed } from '../fetch/decode.ts';
import { OpmlError, readOpml } from './opml.reader.ts';
import { importOutlines } from './opml.service.ts';

const OPML_TYPES = ['text/x-opml', 'application/xml', 'text/xml'];

/** The OPML import, in a plugin of its own: only here are OPML bodies taken. */
export function opmlRoutes(app: FastifyInstance, policy: AddressPolicy): void {
  void app.register(async (opml) => {
    takeRawBodies(
      opml,
      OPML_TYPES,
      'Send the OPML file as the body, as text/x-opml, application/xml or text/xml.',
    );
    route(opml, feedApi.importOpml, async ({ ctx, req }) => {
      const body = await rawBody(req, OPML_MAX_BYTES);
      let outlines: ReturnType<typeof readOpml>;
      try {
        // An OPML file declares its encoding as every XML document does.
        outlines = readOpml(decodeFeed(body, req.headers['content-type']));
      } catch (err) {
        if (!(err instanceof OpmlError)) throw err;
        throw validationFailed([{ path: 'body', message: err.message }], `The body ${err.message}.`);
      }
      return importOutlines(ctx, outlines, policy);
    });
  });
}
