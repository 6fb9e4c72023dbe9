import { z } from 'zod';
import { Timestamp } from '../http/common.schema.ts';

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'must be an e-mail address' }));
export const Password = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(1024, 'must be at most 1024 characters');
export const PersonName = z.string().trim().min(1, 'must not be empty').max(100);
export const TimeZone = z
  .string()
  .refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin')
  .describe('IANA time zone');

export function isTimeZone(tz: string): boolean {
  if (!tz || tz.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Whether the person gets the weekly digest by e-mail (when the instance sends mail). */
export const DigestChoice = z
  .enum(['weekly', 'off'])
  .describe('weekly: an e-mail on Monday at 08:00 in your time zone, when there is something to say');
export type DigestChoice = z.infer<typeof DigestChoice>;

export const User = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  timezone: z.string(),
  role: z.enum(['admin', 'member']),
  digest: DigestChoice,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type User = z.infer<typeof User>;

export const UserEnvelope = z.object({ user: User });

export const RegisterBody = z.strictObject({ email: Email, name: PersonName, password: Password });
export const LoginBody = z.strictObject({
  email: Email,
  password: z.string().min(1, 'is required').max(1024),
});
export const UpdateMeBody = z.strictObject({
  name: PersonName.optional(),
  timezone: TimeZone.optional(),
  digest: DigestChoice.optional(),
});
export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, 'is required').max(1024),
  newPassword: Password,
  keepApiTokens: z
    .boolean()
    .optional()
    .describe('Keep your personal API tokens working; by default a new password ends them'),
});
export const DeleteMeBody = z.strictObject({ password: z.string().min(1, 'is required').max(1024) });

export const ApiToken = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;
export const CreateTokenBody = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(100),
});
export const CreatedToken = z.object({
  id: z.string(),
  name: z.string(),
  token: z.string().describe('Shown only once; send as `Authorization: Bearer <token>`'),
  createdAt: Timestamp,
});
export type CreatedToken = z.infer<typeof CreatedToken>;
