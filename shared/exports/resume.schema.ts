// The part of JSON Resume (https://jsonresume.org/schema, v1.0.0) Trellis fills in. The standard
// types every field as a string when present, never null: a value Trellis lacks is left out.
import { z } from 'zod';

/** The address of the schema version the document follows, as its `$schema`. */
export const JSON_RESUME_SCHEMA =
  'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

/** A date as JSON Resume writes it: `YYYY-MM-DD` (the standard also allows `YYYY-MM` and `YYYY`). */
const ResumeDate = z.string().describe('YYYY-MM-DD');

export const ResumeSkill = z.object({
  name: z.string(),
  level: z.string().describe('The name of your latest self-assessed level: novice, competent …'),
  keywords: z.array(z.string()).describe("The skill's aliases"),
});
export type ResumeSkill = z.infer<typeof ResumeSkill>;

export const ResumeCertificate = z.object({
  name: z.string().describe("The activity's title"),
  issuer: z.string().optional().describe('Its provider'),
  date: ResumeDate.optional().describe('The day it was issued'),
  url: z.string().optional().describe('Where the credential can be verified'),
});
export type ResumeCertificate = z.infer<typeof ResumeCertificate>;

export const ResumeEducation = z.object({
  institution: z.string().optional().describe("The degree's provider"),
  area: z.string().describe("The degree's title"),
  startDate: ResumeDate.optional(),
  endDate: ResumeDate.optional(),
});
export type ResumeEducation = z.infer<typeof ResumeEducation>;

export const ResumeProject = z.object({
  name: z.string(),
  description: z.string().optional(),
  url: z.string().describe('The evidence'),
  startDate: ResumeDate.optional().describe('The day it was practised'),
});
export type ResumeProject = z.infer<typeof ResumeProject>;

export const JsonResume = z.object({
  $schema: z.literal(JSON_RESUME_SCHEMA),
  basics: z.object({ name: z.string(), email: z.string() }),
  skills: z.array(ResumeSkill),
  certificates: z.array(ResumeCertificate),
  education: z.array(ResumeEducation),
  projects: z.array(ResumeProject),
});
export type JsonResume = z.infer<typeof JsonResume>;
