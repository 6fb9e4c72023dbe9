// Fields the learning and practice logs share: web addresses, minutes of a day, the skills named.
import { z } from 'zod';
import { Id } from '../http/common.schema.ts';
import { MINUTES_MAX, SKILLS_PER_ENTRY, TITLE_MAX, URL_MAX } from './learning.limits.ts';

/** True for an absolute http or https address with a host. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const HttpUrl = z
  .string()
  .trim()
  .min(1)
  .max(URL_MAX)
  .refine(isHttpUrl, 'must be an http or https address, such as https://example.com/course');

export const Title = z.string().trim().min(1).max(TITLE_MAX);

/** Minutes spent on one day: a whole number from 1 to 1,440. */
export const DayMinutes = z
  .number()
  .int('must be a whole number of minutes')
  .min(1)
  .max(MINUTES_MAX)
  .describe(`Whole minutes, 1 to ${MINUTES_MAX.toLocaleString('en-US')} (a day)`);

/** Skill ids, each once. */
export const SkillIds = z
  .array(Id)
  .max(SKILLS_PER_ENTRY)
  .superRefine((ids, ctx) => {
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: [i], message: 'is listed twice' });
    });
  })
  .describe(`Skills of the catalogue or your own, each once (at most ${SKILLS_PER_ENTRY})`);

/** The goal check-in an entry wrote, as the entry shows it. */
export const FedCheckIn = z
  .object({
    id: z.string(),
    goalId: z.string(),
    value: z.number().describe("The logged time in the goal's unit: 90 minutes are 1.5 on a goal in hours"),
  })
  .nullable()
  .describe(
    "The check-in on the linked goal; null without a goal, when the goal does not add up hours or minutes, or when the entry is dated before the goal's start",
  );
