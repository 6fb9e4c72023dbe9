// The full export: one JSON document with everything a person owns, to keep or to load into another
// account. Each section is an array of plain records in the API's own field names; every record
// carries its source `id`, and records refer to each other by those ids (a goal's `parentId`, a
// check-in's `goalId`, an interaction's `contactIds` …). Derived figures (progress, hours spent,
// next contact) are left out: they are worked out again from what is here.
import { z } from 'zod';
import { DigestChoice, PersonName, TimeZone } from '../accounts/account.schema.ts';
import { AMOUNT_MAX, CONTENT_KINDS, CONTENT_STATUSES } from '../content/content.schema.ts';
import { WEIGHT_MAX } from '../goals/goal.limits.ts';
import { CATEGORIES, CHECK_IN_SOURCES, Measurement, STATES, VISIBILITIES } from '../goals/goal.schema.ts';
import { CalendarDate, StoredDate, Timestamp as StoredTimestamp } from '../http/common.schema.ts';
import { DayMinutes } from '../learning/learning.fields.ts';
import { COST_MAX, HOURS_PLANNED_MAX } from '../learning/learning.limits.ts';
import { LEARNING_FORMATS, LEARNING_KINDS, LEARNING_STATUSES } from '../learning/learning.schema.ts';
import { FEEDBACK_STATES } from '../mentoring/feedback.schema.ts';
import { MENTORSHIP_ROLES, MENTORSHIP_STATES } from '../mentoring/mentorship.schema.ts';
import { CONTACT_ROLES } from '../network/contact.schema.ts';
import { INTERACTION_KINDS } from '../network/interaction.schema.ts';
import { CADENCE_MAX, CADENCE_MIN } from '../network/network.limits.ts';
import { IMPORTANCE_MAX, IMPORTANCE_MIN, LEVEL_MAX, LEVEL_MIN } from '../skills/levels.ts';
import { ASSESSMENT_SOURCES, SKILL_KINDS, SKILL_SOURCES } from '../skills/skill.schema.ts';
import { IMPORTED_SECTIONS, PORTABLE_IMPORT_MAX_BYTES } from './portable.sections.ts';

export const PORTABLE_FORMAT = 'trellis-export';
export const PORTABLE_VERSION = 1;

const Ref = z.string().min(1).max(64).describe('The id of a record of this document');
const Refs = z.array(Ref);
const Text = z.string();
const Maybe = z.string().nullable();

/** A timestamp as the export writes them (`toISOString`: UTC, milliseconds), of a real instant. */
const UtcTimestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, {
    message: 'must be an ISO-8601 UTC timestamp such as 2027-05-15T12:00:00.000Z',
    abort: true,
  })
  .refine(
    (s) =>
      s >= '0001' &&
      !Number.isNaN(Date.parse(s)) &&
      new Date(s).toISOString().slice(0, 19) === s.slice(0, 19),
    {
      message: 'is not a real instant',
    },
  );

/**
 * The document, each record type named once. An answer shows what is stored as it is (a row kept
 * from before a rule existed still exports); an import (`strict`) holds every field to what the
 * API and the database take: dates that exist, timestamps, whole numbers in their ranges, a name
 * and an IANA time zone as an account holds them.
 */
function documentOf(strict: boolean) {
  const Day = strict ? CalendarDate : StoredDate;
  const Timestamp = strict ? UtcTimestamp : StoredTimestamp;
  const Int = (min: number, max: number) => (strict ? z.number().int().min(min).max(max) : z.number().int());
  const Num = strict ? Measurement : z.number();
  const Minutes = strict ? DayMinutes : z.number().int();
  const Entry = z.strictObject({ value: Text, label: Maybe });
  /** The person's settings; never their e-mail, role or anything that signs them in. */
  const Settings = z.strictObject({
    name: strict ? PersonName : Text,
    timeZone: strict ? TimeZone : Text,
    digest: DigestChoice,
    cadenceByRole: z.partialRecord(z.enum(CONTACT_ROLES), Int(CADENCE_MIN, CADENCE_MAX)),
  });

  /** A skill of the catalogue (built in or imported) the person's records name: found again by name. */
  const CatalogueSkillRecord = z.strictObject({ id: Ref, name: Text, source: z.enum(SKILL_SOURCES) });
  /** A role of the catalogue a target aims at: found again by title. */
  const CatalogueRoleRecord = z.strictObject({ id: Ref, title: Text, source: z.enum(SKILL_SOURCES) });

  const SkillRecord = z.strictObject({
    id: Ref,
    name: Text,
    kind: z.enum(SKILL_KINDS),
    category: Maybe,
    description: Text,
    aliases: z.array(Text),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  });

  const RoleRecord = z.strictObject({
    id: Ref,
    title: Text,
    description: Text,
    aliases: z.array(Text),
    requirements: z.array(
      z.strictObject({
        skillId: Ref,
        level: Int(LEVEL_MIN, LEVEL_MAX),
        importance: Int(IMPORTANCE_MIN, IMPORTANCE_MAX),
      }),
    ),
    technologies: z.array(z.strictObject({ skillId: Ref, hot: z.boolean() })),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  });

  const TargetRecord = z.strictObject({
    id: Ref,
    roleId: Ref,
    targetDate: Day.nullable(),
    createdAt: Timestamp,
  });

  const AssessmentRecord = z.strictObject({
    id: Ref,
    skillId: Ref,
    level: Int(LEVEL_MIN, LEVEL_MAX),
    source: z.enum(ASSESSMENT_SOURCES),
    assessor: Maybe,
    note: Text,
    date: Day,
    createdAt: Timestamp,
  });

  const GoalRecord = z.strictObject({
    id: Ref,
    parentId: Ref.nullable(),
    title: Text,
    description: Text,
    why: Text,
    category: z.enum(CATEGORIES),
    startDate: Day,
    dueDate: Day.nullable(),
    metric: z
      .strictObject({
        unit: Text,
        baseline: Num,
        target: Num,
        aggregation: z.enum(['sum', 'last']),
      })
      .nullable(),
    weight: strict ? z.number().gt(0).max(WEIGHT_MAX) : z.number(),
    state: z.enum(STATES),
    stateSetBy: Ref.nullable().describe('The goal above whose pausing or abandoning set this state'),
    completedOn: Day.nullable(),
    visibility: z.enum(VISIBILITIES),
    skillIds: Refs,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  });

  const CheckInRecord = z.strictObject({
    id: Ref,
    goalId: Ref,
    date: Day,
    value: Num,
    note: Text,
    source: z
      .strictObject({ type: z.enum(CHECK_IN_SOURCES), id: Ref })
      .nullable()
      .describe('The learning log entry, practice entry or interaction that wrote it; null when typed in'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  });

  const LearningRecord = z.strictObject({
    id: Ref,
    kind: z.enum(LEARNING_KINDS),
    title: Text,
    provider: Maybe,
    url: Maybe,
    format: z.enum(LEARNING_FORMATS).nullable(),
    status: z.enum(LEARNING_STATUSES),
    startDate: Day.nullable(),
    endDate: Day.nullable(),
    hoursPlanned: (strict ? z.number().gt(0).max(HOURS_PLANNED_MAX) : z.number()).nullable(),
    cost: z
      .strictObject({ amount: strict ? z.number().min(0).max(COST_MAX) : z.number(), currency: Text })
      .nullable(),
    credential: z
      .strictObject({ identifier: Maybe, url: Maybe, issuedOn: Day, expiresOn: Day.nullable() })
      .nullable(),
    skillIds: Refs,
    goalId: Ref.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  });

  const LearningLogRecord = z.strictObject({
    id: Ref,
    activityId: Ref,
    date: Day,
    minutes: Minutes,
    note: Text,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  });

  const PracticeRecord = z.strictObject({
    id: Ref,
    date: Day,
    minutes: Minutes,
    title: Text,
    description: Text,
    reflection: Text,
    outcome: Text,
    evidenceUrl: Maybe,
    skillIds: Refs,
    goalId: Ref.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  });

  const ContentRecord = z.strictObject({
    id: Ref,
    kind: z.enum(CONTENT_KINDS),
    title: Text,
    url: Maybe,
    author: Maybe,
    isbn: Maybe,
    source: Maybe,
    status: z.enum(CONTENT_STATUSES),
    consumedOn: Day.nullable(),
    minutes: Int(1, AMOUNT_MAX).nullable(),
    pages: Int(1, AMOUNT_MAX).nullable(),
    rating: Int(1, 5).nullable(),
    takeaways: Maybe,
    skillIds: Refs,
    discussedWith: z.array(Text),
    goodreadsBookId: Maybe,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  });

  /** A subscription; its items are left out (the feed answers them again). */
  const FeedRecord = z.strictObject({
    id: Ref,
    url: Text,
    title: Text,
    siteUrl: Maybe,
    createdAt: Timestamp,
  });

  const ContactRecord = z.strictObject({
    id: Ref,
    name: Text,
    emails: z.array(Entry),
    phones: z.array(Entry),
    company: Maybe,
    position: Maybe,
    linkedinUrl: Maybe,
    howMet: Maybe,
    tags: z.array(Text),
    roles: z.array(z.enum(CONTACT_ROLES)),
    notes: Maybe,
    keepInTouchDays: Int(CADENCE_MIN, CADENCE_MAX).nullable(),
    connectedOn: Day.nullable(),
    addedOn: Day,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  });

  const InteractionRecord = z.strictObject({
    id: Ref,
    date: Day,
    kind: z.enum(INTERACTION_KINDS),
    contactIds: Refs,
    notes: Maybe,
    followUpOn: Day.nullable(),
    followUpDoneOn: Day.nullable(),
    goalId: Ref.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  });

  /** The person's side of a mentorship, to read: a tie with someone else, never loaded back. */
  const MentorshipRecord = z.strictObject({
    id: Ref,
    myRole: z.enum(MENTORSHIP_ROLES),
    withName: Maybe.describe('The other side’s name, as the person sees it'),
    state: z.enum(MENTORSHIP_STATES),
    focus: Maybe,
    startedOn: Day.nullable(),
    endedOn: Day.nullable(),
    sessions: z.array(
      z.strictObject({ date: Day, agenda: Maybe, notes: Maybe, privateNotes: Maybe, byMe: z.boolean() }),
    ),
    actionItems: z.array(
      z.strictObject({
        title: Text,
        dueOn: Day.nullable(),
        assignee: z.enum(MENTORSHIP_ROLES),
        doneOn: Day.nullable(),
      }),
    ),
    createdAt: Timestamp,
  });

  /** A request for feedback the person sent, with its questions and the answers, to read. */
  const FeedbackRequestRecord = z.strictObject({
    id: Ref,
    state: z.enum(FEEDBACK_STATES),
    toName: Maybe.describe('The contact asked, or the e-mail asked when it went to an address'),
    about: z.strictObject({ kind: z.enum(['goal', 'skill', 'topic']), label: Text }),
    questions: z.array(Text),
    answers: z.array(Text).nullable(),
    level: Int(LEVEL_MIN, LEVEL_MAX).nullable(),
    expiresOn: Day,
    answeredAt: Timestamp.nullable(),
    createdAt: Timestamp,
  });

  return z.strictObject({
    format: z.literal(PORTABLE_FORMAT),
    version: z.literal(PORTABLE_VERSION),
    exportedAt: Timestamp,
    settings: Settings,
    catalogueSkills: z.array(CatalogueSkillRecord),
    catalogueRoles: z.array(CatalogueRoleRecord),
    skills: z.array(SkillRecord),
    roles: z.array(RoleRecord),
    targets: z.array(TargetRecord),
    assessments: z.array(AssessmentRecord),
    goals: z.array(GoalRecord),
    checkIns: z.array(CheckInRecord),
    learning: z.array(LearningRecord),
    learningLog: z.array(LearningLogRecord),
    practice: z.array(PracticeRecord),
    content: z.array(ContentRecord),
    feeds: z.array(FeedRecord),
    contacts: z.array(ContactRecord),
    interactions: z.array(InteractionRecord),
    mentorships: z.array(MentorshipRecord),
    feedbackRequests: z.array(FeedbackRequestRecord),
  });
}

/** The whole document as the export answers it: `{format, version, exportedAt, settings, …sections}`. */
export const PortableDocument = documentOf(false).describe(
  'Everything a person owns, in version 1 of the full export',
);
export type PortableDocument = z.output<typeof PortableDocument>;

/** The document as an import takes it: dates that exist, a name and an IANA time zone as an account holds them. */
export const PortableImportBody = documentOf(true).describe(
  'A document of the full export (GET /api/v1/export), version 1',
);

/** One record of a section of the document, as the export answers it. */
export type PortableRecord<S extends keyof PortableDocument> =
  PortableDocument[S] extends readonly (infer R)[] ? R : never;

// Every section an import counts is one of the document's.
IMPORTED_SECTIONS satisfies readonly (keyof PortableDocument)[];

/** What an import wrote, by section, and what it left out and why. */
export const PortableImportSummary = z.object({
  imported: z
    .object(
      Object.fromEntries(IMPORTED_SECTIONS.map((s) => [s, z.number().int()])) as {
        [K in (typeof IMPORTED_SECTIONS)[number]]: z.ZodNumber;
      },
    )
    .describe('Records written, by section; check-ins count those the entries wrote again'),
  skipped: z.array(
    z
      .object({ section: z.string(), count: z.number().int(), reason: z.string() })
      .describe('Records not loaded'),
  ),
});
export type PortableImportSummary = z.output<typeof PortableImportSummary>;

export { IMPORTED_SECTIONS, PORTABLE_IMPORT_MAX_BYTES };
