import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// OWASP's recommended argon2id settings: 19 MiB, 2 passes, 1 lane.
const ARGON2 = {
  algorithm: 2 /* Algorithm.Argon2id, a const enum */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Hashes a password with argon2id. */
export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2);

let dummyHash: Promise<string> | null = null;

/**
 * Checks a password against a stored hash. With no hash (unknown e-mail) it still spends the same
 * time on a dummy hash, so response times do not reveal which e-mails have accounts.
 */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** A new random secret for a session cookie or API token, with a readable prefix. */
export const newSecret = (prefix: 'trs' | 'trt'): string =>
  `${prefix}_${randomBytes(32).toString('base64url')}`;

/** Sessions and tokens are stored only as this hash; the secret itself is never kept. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const safeEqual = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};
