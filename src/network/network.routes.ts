import type { FastifyInstance } from 'fastify';
import { contactApi, interactionApi, networkApi } from '../../shared/network/network.contract.ts';
import { route } from '../platform/http/route.ts';
import { ContactService } from './contact.service.ts';
import { exportVcard } from './import/vcard.service.ts';
import { InteractionService } from './interaction.service.ts';
import { NetworkService } from './network.service.ts';

/** Contacts, interactions, the network's settings and its due list, and the vCard export. */
export function networkRoutes(app: FastifyInstance): void {
  route(app, contactApi.list, async ({ ctx, query }) => new ContactService(ctx).list(query));
  route(app, contactApi.exportVcard, async ({ ctx, reply }) => {
    reply.type('text/vcard; charset=utf-8');
    reply.header('content-disposition', 'attachment; filename="trellis-contacts.vcf"');
    return exportVcard(ctx);
  });
  route(app, contactApi.get, async ({ ctx, params }) => new ContactService(ctx).get(params.id));
  route(app, contactApi.create, async ({ ctx, body }) => new ContactService(ctx).create(body));
  route(app, contactApi.update, async ({ ctx, params, body }) =>
    new ContactService(ctx).update(params.id, body),
  );
  route(app, contactApi.remove, async ({ ctx, params }) => {
    await new ContactService(ctx).remove(params.id);
    return undefined;
  });
  route(app, contactApi.interactions, async ({ ctx, params }) => ({
    items: await new InteractionService(ctx).ofContact(params.id),
  }));

  route(app, interactionApi.list, async ({ ctx, query }) => new InteractionService(ctx).list(query));
  route(app, interactionApi.get, async ({ ctx, params }) => new InteractionService(ctx).get(params.id));
  route(app, interactionApi.create, async ({ ctx, body }) => new InteractionService(ctx).create(body));
  route(app, interactionApi.update, async ({ ctx, params, body }) =>
    new InteractionService(ctx).update(params.id, body),
  );
  route(app, interactionApi.remove, async ({ ctx, params }) => {
    await new InteractionService(ctx).remove(params.id);
    return undefined;
  });
  route(app, interactionApi.followUpDone, async ({ ctx, params }) =>
    new InteractionService(ctx).followUpDone(params.id),
  );

  route(app, networkApi.settings, async ({ ctx }) => new NetworkService(ctx).settings());
  route(app, networkApi.updateSettings, async ({ ctx, body }) =>
    new NetworkService(ctx).updateSettings(body.cadenceByRole),
  );
  route(app, networkApi.due, async ({ ctx, query }) => new NetworkService(ctx).due(query.asOf));
}
