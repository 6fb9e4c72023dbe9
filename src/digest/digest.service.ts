// Sends the weekly digests due at an instant, once each: the scheduler's job and
// `trellis jobs run --at` both call `sendDueDigests`.
import { actorOf } from '../accounts/account.service.ts';
import { sessionSecret } from '../accounts/instance-settings.ts';
import { UserRepository, type UserRow } from '../accounts/user.repository.ts';
import type { AppContext } from '../platform/app-context.ts';
import { fixedClock } from '../platform/clock.ts';
import { requestContext } from '../platform/http/request-context.ts';
import type { Mailer } from '../platform/mail.ts';
import { gatherDigest } from './digest.content.ts';
import { unsubscribePath, unsubscribeToken } from './digest.token.ts';
import { DigestSendRepository } from './digest-send.repository.ts';
import { hasSomethingToSay, renderDigest } from './domain/digest.render.ts';
import { digestInstant, digestWeekAt } from './domain/digest-week.ts';

export interface DigestRun {
  /** Digests the SMTP server accepted. */
  sent: number;
  /**
   * People with the digest on whose digest was not sent by this run: already taken (by an earlier
   * run or another app server), nothing to say, or an account newer than that Monday 08:00.
   */
  skipped: number;
  /** Digests the SMTP server (or reading their content) failed on: given back, to be tried again. */
  failed: number;
  /** Why the first of them failed, for the log. */
  firstError?: unknown;
}

/**
 * For each person with the weekly digest, the digest of the latest Monday 08:00 (their time) at
 * or before `at`, unless it was taken already; older missed weeks are not caught up. Each is
 * claimed in the database before it is read and sent, so several app servers send it once, and a
 * run cut short never sends it again. Nothing is sent when mail is off.
 */
export async function sendDueDigests(ctx: AppContext, at: Date): Promise<DigestRun> {
  const run: DigestRun = { sent: 0, skipped: 0, failed: 0 };
  const mailer = ctx.mailer;
  if (!mailer) return run;
  const instance = ctx.access.instance;
  const people = await new UserRepository(instance).weeklyDigestRecipients();
  const sends = new DigestSendRepository(instance);
  const secret = await sessionSecret(instance, ctx.config.sessionSecret);

  // Most people share a few time zones, so a few weeks: what is taken is read once per week.
  const byWeek = new Map<string, UserRow[]>();
  for (const person of people) {
    const week = digestWeekAt(at, person.timezone);
    const group = byWeek.get(week);
    if (group) group.push(person);
    else byWeek.set(week, [person]);
  }
  for (const [week, group] of byWeek) {
    const taken = await sends.taken(
      week,
      group.map((p) => p.id),
    );
    for (const person of group) {
      const due = digestInstant(week, person.timezone).getTime();
      if (taken.has(person.id) || Date.parse(person.created_at) > due) {
        run.skipped += 1;
        continue;
      }
      try {
        run[await sendOne(ctx, mailer, sends, person, week, at, secret)] += 1;
      } catch (err) {
        // One person's failure does not keep the others' digests back.
        run.failed += 1;
        run.firstError ??= err;
      }
    }
  }
  return run;
}

async function sendOne(
  ctx: AppContext,
  mailer: Mailer,
  sends: DigestSendRepository,
  person: UserRow,
  week: string,
  at: Date,
  secret: string,
): Promise<'sent' | 'skipped'> {
  if (!(await sends.claim(person.id, week, ctx.clock.now().toISOString()))) return 'skipped';
  try {
    // The digest reads as of `at`, in the person's time zone, as their own pages would.
    const personCtx = requestContext(
      actorOf(person, 'console', null),
      ctx.access,
      fixedClock(at.toISOString()),
    );
    const content = await gatherDigest(personCtx, week);
    // Nothing to say: the week stays taken, so later runs do not read it all again.
    if (!hasSomethingToSay(content)) return 'skipped';
    const origin = ctx.config.publicOrigin;
    const unsubscribeUrl = origin ? `${origin}${unsubscribePath(unsubscribeToken(person.id, secret))}` : null;
    const mail = renderDigest(content, { origin, unsubscribeUrl });
    await mailer.send({
      to: person.email,
      ...mail,
      // RFC 8058: a mail client may offer its own unsubscribe button, which POSTs to the link.
      ...(unsubscribeUrl
        ? {
            headers: {
              'List-Unsubscribe': `<${unsubscribeUrl}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            },
          }
        : {}),
    });
  } catch (err) {
    // Known not sent (refused, or never handed over): the week is given back for a later run.
    await sends.release(person.id, week);
    throw err;
  }
  // Outside the try: once the SMTP server has it, the claim is never given back.
  await sends.markSent(person.id, week, ctx.clock.now().toISOString());
  return 'sent';
}
