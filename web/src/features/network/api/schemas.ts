// The network forms' schemas, the API's own. zod's settings first: see api/zod-setup.ts.
import '../../../api/zod-setup.ts';
import { formatDate } from '@shared/calendar.ts';
import { CreateContactBody } from '@shared/network/contact.schema.ts';
import { CreateInteractionBody, UpdateInteractionBody } from '@shared/network/interaction.schema.ts';
import { UpdateNetworkSettingsBody } from '@shared/network/network.schema.ts';
import type { z } from 'zod';

export { UpdateNetworkSettingsBody };

/** The server's rule for a day that has happened, checked before sending, in its words. */
function notFuture(date: string | null | undefined, path: string, today: string, ctx: z.core.$RefinementCtx) {
  if (date && date > today)
    ctx.addIssue({
      code: 'custom',
      path: [path],
      message: `is in the future (today is ${formatDate(today)})`,
    });
}

/** A contact as its form saves it (new or changed: every field is sent, so a cleared one is cleared). */
export const contactFormBody = (today: string) =>
  CreateContactBody.superRefine((body, ctx) => notFuture(body.connectedOn, 'connectedOn', today, ctx));

/** The server's rules across an interaction's fields: a date no later than today, a follow-up on or after it. */
function checkDates(
  body: { date?: string | undefined; followUpOn?: string | null | undefined },
  ctx: z.core.$RefinementCtx,
  today: string,
) {
  notFuture(body.date, 'date', today, ctx);
  if (body.date && body.followUpOn && body.followUpOn < body.date)
    ctx.addIssue({
      code: 'custom',
      path: ['followUpOn'],
      message: 'must be on or after the date of the interaction',
    });
}

/** A new interaction, from the quick form on a contact's page. */
export const interactionFormBody = (today: string) =>
  CreateInteractionBody.superRefine((body, ctx) => checkDates(body, ctx, today));

/** A change of an interaction's fields, from its edit in the timeline (its contacts stay). */
export const interactionChangeBody = (today: string) =>
  UpdateInteractionBody.superRefine((body, ctx) => checkDates(body, ctx, today));
