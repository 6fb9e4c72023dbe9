// Skills and target roles: the catalogue (built in, imported from O*NET and ESCO, and each person's
// own entries), assessments, target roles with their gap and plan, and drafts from job postings.
import { z } from 'zod';
import { CalendarDate, Id, StoredDate, Timestamp } from '../http/common.schema.ts';
import { IMPORTANCE_MAX, IMPORTANCE_MIN, LEVEL_MAX, LEVEL_MIN } from './levels.ts';

export const SKILL_KINDS = ['hard', 'soft'] as const;
export const SKILL_SOURCES = ['builtin', 'onet', 'esco', 'custom'] as const;
export const ASSESSMENT_SOURCES = ['self', 'mentor', 'manager', 'peer'] as const;
export const POSTING_SECTIONS = ['required', 'mentioned', 'preferred'] as const;
export const PLAN_PERIODS = ['quarter', 'month'] as const;

/** Characters in a skill's name or a role's title, and in each alias. */
export const NAME_MAX = 120;
/** Characters in a description. */
export const DESCRIPTION_MAX = 5_000;
/** Aliases one entry may carry. */
export const ALIASES_MAX = 50;
/** Requirements (and technologies) one role may list. */
export const REQUIREMENTS_MAX = 300;
/** Target roles one person may have at once. */
export const TARGETS_MAX = 10;
/** Characters of a job posting. */
export const POSTING_MAX = 50_000;
/** Items a catalogue page holds unless asked: the default `limit`. */
export const CATALOGUE_PAGE = 20;
/** The most a catalogue page holds. */
export const CATALOGUE_PAGE_MAX = 100;

const Name = z.string().trim().min(1).max(NAME_MAX);
const Aliases = z.array(Name).max(ALIASES_MAX);
const Description = z.string().max(DESCRIPTION_MAX);
export const Level = z.number().int().min(LEVEL_MIN).max(LEVEL_MAX).describe('0 none … 5 expert');
export const Importance = z.number().int().min(IMPORTANCE_MIN).max(IMPORTANCE_MAX).describe('1 … 5');

export const Skill = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(SKILL_KINDS),
  category: z.string().nullable(),
  description: z.string(),
  aliases: z.array(z.string()),
  source: z.enum(SKILL_SOURCES),
  hot: z.boolean().describe('In demand: O*NET marks it a hot technology'),
});
export type Skill = z.infer<typeof Skill>;

/** A skill as a role, an assessment or a gap names it. */
export const SkillRef = Skill.pick({ id: true, name: true, kind: true, category: true });
export type SkillRef = z.infer<typeof SkillRef>;

export const RoleRequirement = z.object({ skill: SkillRef, level: Level, importance: Importance });
export const RoleTechnology = z.object({ skill: SkillRef, hot: z.boolean() });

/** A role as lists show it: without its requirements, which can run to dozens. */
export const RoleSummary = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  source: z.enum(SKILL_SOURCES),
  code: z.string().nullable().describe('The O*NET-SOC code or the ESCO URI of an imported role'),
  aliases: z.array(z.string()),
  requirementCount: z.number().int(),
});
export type RoleSummary = z.infer<typeof RoleSummary>;

export const Role = RoleSummary.extend({
  requirements: z.array(RoleRequirement).describe('Most important first, then by name'),
  technologies: z.array(RoleTechnology).describe('Hot ones first, then by name'),
});
export type Role = z.infer<typeof Role>;

const CatalogueLimit = z
  .string()
  .regex(/^\d+$/, 'must be a whole number')
  .transform(Number)
  .pipe(z.number().int().min(1).max(CATALOGUE_PAGE_MAX))
  .optional()
  .describe(`At most this many items (1 to ${CATALOGUE_PAGE_MAX}, default ${CATALOGUE_PAGE})`);
const CatalogueQuery = {
  q: z
    .string()
    .trim()
    .max(NAME_MAX)
    .optional()
    .describe('Names and aliases, in any case: exact first, then those starting with it, then words inside'),
  limit: CatalogueLimit,
  cursor: z.string().min(1).max(200).optional().describe('The `nextCursor` of the page before'),
};
export const SkillListQuery = z.strictObject({ ...CatalogueQuery, kind: z.enum(SKILL_KINDS).optional() });
export const RoleListQuery = z.strictObject({ ...CatalogueQuery, source: z.enum(SKILL_SOURCES).optional() });

export const CreateSkillBody = z.strictObject({
  name: Name,
  kind: z.enum(SKILL_KINDS),
  category: Name.nullable().optional(),
  description: Description.optional(),
  aliases: Aliases.optional(),
});
export const UpdateSkillBody = CreateSkillBody.partial();

const RequirementBody = z.strictObject({ skillId: Id, level: Level, importance: Importance });
const TechnologyBody = z.strictObject({ skillId: Id, hot: z.boolean().optional() });
export const CreateRoleBody = z.strictObject({
  title: Name,
  description: Description.optional(),
  aliases: Aliases.optional(),
  requirements: z.array(RequirementBody).max(REQUIREMENTS_MAX),
  technologies: z.array(TechnologyBody).max(REQUIREMENTS_MAX).optional(),
});
export const UpdateRoleBody = CreateRoleBody.partial();

export const Assessment = z.object({
  id: z.string(),
  skillId: z.string(),
  level: Level,
  source: z.enum(ASSESSMENT_SOURCES),
  assessor: z.string().nullable().describe('Who gave it, when not the person themselves'),
  note: z.string(),
  date: StoredDate,
  createdAt: Timestamp,
});
export type Assessment = z.infer<typeof Assessment>;

export const CreateAssessmentBody = z.strictObject({
  level: Level,
  source: z.enum(ASSESSMENT_SOURCES),
  assessor: Name.nullable().optional(),
  note: z.string().max(2_000).optional(),
  date: CalendarDate.optional().describe('Today or earlier in your time zone; defaults to today'),
});

/** The latest level each other kind of assessor gave, or null. */
export const Views = z.object({
  mentor: Level.nullable(),
  manager: Level.nullable(),
  peer: Level.nullable(),
});
export type Views = z.infer<typeof Views>;

export const MySkill = z.object({
  skill: SkillRef,
  current: Level.nullable().describe('The latest self-assessed level, or null'),
  views: Views,
  lastAssessedOn: StoredDate.describe('The latest assessment of any source'),
});
export type MySkill = z.infer<typeof MySkill>;

export const Target = z.object({
  id: z.string(),
  role: RoleSummary,
  targetDate: StoredDate.nullable(),
  readiness: z.number().min(0).max(1).describe('Share of the role’s weighted requirements met today'),
  createdAt: Timestamp,
});
export type Target = z.infer<typeof Target>;

export const CreateTargetBody = z.strictObject({
  roleId: Id,
  targetDate: CalendarDate.nullable().optional(),
});

export const GapItem = z.object({
  skill: SkillRef,
  required: Level,
  importance: Importance,
  current: Level.describe('0 when never self-assessed'),
  views: Views,
  gap: z.number().int().describe('max(0, required − current)'),
  priority: z.number().int().describe('importance × gap'),
});
export type GapItem = z.infer<typeof GapItem>;

export const Gap = z.object({
  role: RoleSummary,
  readiness: z.number().min(0).max(1).describe('Σ importance·min(current, required) / Σ importance·required'),
  items: z.array(GapItem).describe('Highest priority first, then importance, then name'),
});
export type Gap = z.infer<typeof Gap>;

export const PlanBody = z.strictObject({
  maxSkills: z.number().int().min(1).max(10).optional().describe('Default 3'),
  period: z.enum(PLAN_PERIODS).optional().describe('Default quarter'),
});
export const AcceptPlanBody = z.strictObject({
  skillIds: z.array(Id).min(1).max(10),
  period: z.enum(PLAN_PERIODS).optional().describe('Default quarter'),
});

const PlanMetric = z.object({
  unit: z.literal('level'),
  baseline: Level,
  target: Level,
  aggregation: z.literal('last'),
});
export const PlannedGoal = z.object({
  skillId: z.string(),
  goal: z.object({
    title: z.string(),
    category: z.literal('skill'),
    startDate: StoredDate,
    dueDate: StoredDate,
    metric: PlanMetric,
    skillIds: z.array(z.string()),
  }),
  slices: z.array(
    z.object({
      title: z.string(),
      startDate: StoredDate,
      dueDate: StoredDate,
      metric: PlanMetric.nullable(),
    }),
  ),
  steps: z.array(z.object({ kind: z.enum(['learning', 'practice']), title: z.string() })),
});
export type PlannedGoal = z.infer<typeof PlannedGoal>;
export const Plan = z.object({ goals: z.array(PlannedGoal) });

export const PostingBody = z.strictObject({
  title: Name,
  text: z
    .string()
    .max(POSTING_MAX)
    .describe(`The posting's text, up to ${POSTING_MAX.toLocaleString('en-US')} characters`),
});
export const DraftRequirement = z.object({
  skill: SkillRef,
  level: Level,
  importance: Importance,
  section: z.enum(POSTING_SECTIONS),
  evidence: z.string().describe('The line of the posting the skill was found on'),
});
export type DraftRequirement = z.infer<typeof DraftRequirement>;
export const PostingDraft = z.object({
  draft: z.object({ title: z.string(), requirements: z.array(DraftRequirement) }),
});

/** What one kind of record did in an import. */
export const ImportCount = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  reasons: z.record(z.string(), z.number().int()).describe('Skipped records by reason'),
});
export type ImportCount = z.infer<typeof ImportCount>;
export const ImportSummary = z.object({
  roles: ImportCount,
  skills: ImportCount,
  requirements: ImportCount,
  technologies: ImportCount,
  files: z
    .array(z.object({ name: z.string(), use: z.string() }))
    .describe('Each file read, and what it was read as'),
  notes: z
    .array(z.string())
    .describe('What the person should know, such as roles imported without requirements'),
});
export type ImportSummary = z.infer<typeof ImportSummary>;
