import type { FastifyInstance } from 'fastify';
import { practiceApi } from '../../shared/practice/practice.contract.ts';
import { route } from '../platform/http/route.ts';
import { LedgerService } from './ledger.service.ts';
import { PracticeService } from './practice.service.ts';

/** The practice log, and the ledger of learning against practice. */
export function practiceRoutes(app: FastifyInstance): void {
  route(app, practiceApi.list, async ({ ctx, query }) => ({
    items: await new PracticeService(ctx).list(query),
  }));
  route(app, practiceApi.get, async ({ ctx, params }) => new PracticeService(ctx).get(params.id));
  route(app, practiceApi.create, async ({ ctx, body }) => new PracticeService(ctx).create(body));
  route(app, practiceApi.update, async ({ ctx, params, body }) =>
    new PracticeService(ctx).update(params.id, body),
  );
  route(app, practiceApi.remove, async ({ ctx, params }) => {
    await new PracticeService(ctx).remove(params.id);
    return undefined;
  });

  route(app, practiceApi.ledger, async ({ ctx, query }) => new LedgerService(ctx).ledger(query.asOf));
  route(app, practiceApi.skillLedger, async ({ ctx, params, query }) =>
    new LedgerService(ctx).skillRow(params.id, query.asOf),
  );
}
