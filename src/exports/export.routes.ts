import type { FastifyInstance } from 'fastify';
import { CSV_ENTITIES, type CsvEntity, exportApi } from '../../shared/exports/export.contract.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { route } from '../platform/http/route.ts';
import { assessmentsCsv } from './assessments.csv.ts';
import { checkInsCsv } from './check-ins.csv.ts';
import { contactsCsv } from './contacts.csv.ts';
import { contentCsv } from './content.csv.ts';
import { goalsCsv } from './goals.csv.ts';
import { interactionsCsv } from './interactions.csv.ts';
import { learningCsv } from './learning.csv.ts';
import { learningLogCsv } from './learning-log.csv.ts';
import { portableRoutes } from './portable/portable.routes.ts';
import { practiceCsv } from './practice.csv.ts';
import { resumeOf } from './resume.ts';

/** Each entity's file, written through the person's scope. */
const CSV_OF: Record<CsvEntity, (ctx: RequestContext) => Promise<string>> = {
  goals: goalsCsv,
  'check-ins': checkInsCsv,
  learning: learningCsv,
  'learning-log': learningLogCsv,
  practice: practiceCsv,
  content: contentCsv,
  contacts: contactsCsv,
  interactions: interactionsCsv,
  assessments: assessmentsCsv,
};

/**
 * One CSV file per entity, the JSON Resume, and the full export with its import. An entity
 * without a file has no route, so it meets the API's 404 in the error shape, as every unknown
 * address does.
 */
export function exportRoutes(app: FastifyInstance): void {
  for (const entity of CSV_ENTITIES) {
    route(app, exportApi.csv[entity], async ({ ctx, reply }) => {
      reply.type('text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="trellis-${entity}-${ctx.today()}.csv"`);
      return CSV_OF[entity](ctx);
    });
  }
  route(app, exportApi.resume, async ({ ctx, reply }) => {
    reply.header('content-disposition', 'attachment; filename="trellis-resume.json"');
    return resumeOf(ctx);
  });
  portableRoutes(app);
}
