import type { FastifyInstance } from 'fastify';
import { skillApi } from '../../shared/skills/skill.contract.ts';
import { route } from '../platform/http/route.ts';
import { PostingService } from './posting.service.ts';

/** Job posting → draft role: what the posting asks for, to edit and save as a role; saves nothing. */
export function postingRoutes(app: FastifyInstance): void {
  route(app, skillApi.roleFromPosting, async ({ ctx, body }) => new PostingService(ctx).draft(body));
}
