import type { FastifyInstance } from 'fastify';
import { skillApi } from '../../shared/skills/skill.contract.ts';
import { route } from '../platform/http/route.ts';
import { AssessmentService } from './assessment.service.ts';
import { CatalogueService } from './catalogue.service.ts';
import { TargetService } from './target.service.ts';

/** The catalogue, a person's assessments, and their target roles with gap and plan. */
export function skillRoutes(app: FastifyInstance): void {
  route(app, skillApi.listSkills, async ({ ctx, query }) => new CatalogueService(ctx).listSkills(query));
  route(app, skillApi.getSkill, async ({ ctx, params }) => new CatalogueService(ctx).getSkill(params.id));
  route(app, skillApi.createSkill, async ({ ctx, body }) => new CatalogueService(ctx).createSkill(body));
  route(app, skillApi.updateSkill, async ({ ctx, params, body }) =>
    new CatalogueService(ctx).updateSkill(params.id, body),
  );
  route(app, skillApi.deleteSkill, async ({ ctx, params }) => {
    await new CatalogueService(ctx).deleteSkill(params.id);
    return undefined;
  });

  route(app, skillApi.mySkills, async ({ ctx }) => ({ items: await new AssessmentService(ctx).mySkills() }));
  route(app, skillApi.listAssessments, async ({ ctx, params }) => ({
    items: await new AssessmentService(ctx).list(params.id),
  }));
  route(app, skillApi.createAssessment, async ({ ctx, params, body }) =>
    new AssessmentService(ctx).create(params.id, body),
  );
  route(app, skillApi.deleteAssessment, async ({ ctx, params }) => {
    await new AssessmentService(ctx).remove(params.id);
    return undefined;
  });

  route(app, skillApi.listRoles, async ({ ctx, query }) => new CatalogueService(ctx).listRoles(query));
  route(app, skillApi.getRole, async ({ ctx, params }) => new CatalogueService(ctx).getRole(params.id));
  route(app, skillApi.createRole, async ({ ctx, body }) => new CatalogueService(ctx).createRole(body));
  route(app, skillApi.updateRole, async ({ ctx, params, body }) =>
    new CatalogueService(ctx).updateRole(params.id, body),
  );
  route(app, skillApi.deleteRole, async ({ ctx, params }) => {
    await new CatalogueService(ctx).deleteRole(params.id);
    return undefined;
  });

  route(app, skillApi.listTargets, async ({ ctx }) => ({ items: await new TargetService(ctx).list() }));
  route(app, skillApi.createTarget, async ({ ctx, body }) => new TargetService(ctx).create(body));
  route(app, skillApi.deleteTarget, async ({ ctx, params }) => {
    await new TargetService(ctx).remove(params.id);
    return undefined;
  });
  route(app, skillApi.gap, async ({ ctx, params }) => new TargetService(ctx).gap(params.id));
  route(app, skillApi.plan, async ({ ctx, params, body }) => new TargetService(ctx).plan(params.id, body));
  route(app, skillApi.acceptPlan, async ({ ctx, params, body }) =>
    new TargetService(ctx).accept(params.id, body),
  );
}
