// Job posting → draft role: the skills the person can see (the instance's catalogue and their own),
// read through their scope, and the posting read against them. Nothing is saved: the person edits
// the draft and saves it as a role of their own (POST /api/v1/roles).
import type { z } from 'zod';
import type { PostingBody, PostingDraft } from '../../shared/skills/skill.schema.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { aliasesOf } from './catalogue/rows.ts';
import { CatalogueRepository } from './catalogue.repository.ts';
import { draftRequirements, type PostingSkill } from './domain/posting.ts';

/** Drafts roles from job postings for one person. */
export class PostingService {
  constructor(private readonly ctx: RequestContext) {}

  /** The posting's skills as draft requirements, under the posting's title. */
  async draft(body: z.infer<typeof PostingBody>): Promise<z.infer<typeof PostingDraft>> {
    const skills = await visibleSkills(this.ctx.scope);
    return { draft: { title: body.title, requirements: draftRequirements(body.text, skills) } };
  }
}

/** Every skill the person can see, with what the matcher needs of it; their own marked as theirs. */
async function visibleSkills(scope: OwnerScope): Promise<PostingSkill[]> {
  const rows = await new CatalogueRepository(scope).allSkillNames();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    category: row.category,
    aliases: aliasesOf(row.aliases),
    own: row.owner_id !== null,
  }));
}
