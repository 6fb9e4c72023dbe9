import type { Kysely } from 'kysely';
import type { Clock } from '../platform/clock.ts';
import { isUniqueViolation } from '../platform/db/errors.ts';
import { OwnerScope } from '../platform/db/owner-scope.ts';
import type { DB, UserRow } from '../platform/db/schema.ts';
import type { Auth } from '../platform/http/auth.ts';
import { conflict, forbidden, invalidField, rateLimited, unauthenticated } from '../platform/http/errors.ts';
import { newId } from '../platform/ids.ts';
import { findTokenByHash, markTokenUsed } from './api-token.repository.ts';
import { LoginThrottle } from './login-throttle.ts';
import { hashPassword, hashSecret, newSecret, verifyPassword } from './secrets.ts';
import { SessionRepository } from './session.repository.ts';
import { UserRepository } from './user.repository.ts';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
// Sliding expiry is refreshed at most this often, so reads do not each cost a write.
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export interface NewSession {
  token: string;
  expiresAt: Date;
}

/** Accounts, sign-in and sessions. */
export class AccountService {
  private readonly users: UserRepository;
  private readonly sessions: SessionRepository;
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly openRegistration: boolean,
  ) {
    this.users = new UserRepository(db);
    this.sessions = new SessionRepository(db);
    this.throttle = new LoginThrottle(db);
  }

  async hasUsers(): Promise<boolean> {
    return (await this.users.count()) > 0;
  }

  /** Creates an account. The first becomes the instance admin; when registration is closed only an admin may create accounts. */
  async register(
    input: { email: string; name: string; password: string },
    actor: Auth | null,
  ): Promise<UserRow> {
    const count = await this.users.count();
    const actorIsAdmin = actor?.user.role === 'admin';
    if (count > 0 && !this.openRegistration && !actorIsAdmin) {
      throw forbidden('Registration is closed on this Trellis. Ask an administrator to create your account.');
    }
    if (await this.users.findByEmail(input.email))
      throw conflict('An account with this e-mail already exists.');
    const now = this.clock.now().toISOString();
    const row: UserRow = {
      id: newId(),
      email: input.email,
      name: input.name,
      password_hash: await hashPassword(input.password),
      timezone: 'UTC',
      role: count === 0 ? 'admin' : 'member',
      created_at: now,
      updated_at: now,
    };
    try {
      await this.users.insert(row);
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('An account with this e-mail already exists.');
      throw err;
    }
    return row;
  }

  /** Checks the password, within the failed-sign-in limits, and answers the user. */
  async login(email: string, password: string, ip: string): Promise<UserRow> {
    const now = this.clock.now();
    const wait = await this.throttle.retryAfter(email, ip, now);
    if (wait > 0) {
      throw rateLimited(`Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minutes.`, wait);
    }
    const user = await this.users.findByEmail(email);
    if (!(await verifyPassword(user?.password_hash ?? null, password)) || !user) {
      await this.throttle.recordFailure(email, ip, now);
      throw unauthenticated('The e-mail or password is not correct.');
    }
    await this.throttle.clear(email);
    return user;
  }

  async startSession(userId: string, userAgent: string | null): Promise<NewSession> {
    const now = this.clock.now();
    const token = newSecret('trs');
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await this.sessions.create({
      id: newId(),
      owner_id: userId,
      token_hash: hashSecret(token),
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      user_agent: userAgent?.slice(0, 300) ?? null,
    });
    return { token, expiresAt };
  }

  endSession(sessionId: string): Promise<void> {
    return this.sessions.delete(sessionId);
  }

  /** Resolves a session cookie or a bearer token to who is asking; null when neither is valid. */
  async authenticate(credential: { session?: string; bearer?: string }): Promise<Auth | null> {
    const now = this.clock.now();
    if (credential.bearer) {
      const token = await findTokenByHash(this.db, hashSecret(credential.bearer));
      if (!token) return null;
      const user = await this.users.findById(token.owner_id);
      if (!user) return null;
      if (!token.last_used_at || now.getTime() - Date.parse(token.last_used_at) > 60_000) {
        await markTokenUsed(this.db, token.id, now.toISOString());
      }
      return { user, scope: new OwnerScope(this.db, user.id), via: 'token', sessionId: null };
    }
    if (credential.session) {
      const session = await this.sessions.findLive(hashSecret(credential.session), now.toISOString());
      if (!session) return null;
      const user = await this.users.findById(session.owner_id);
      if (!user) return null;
      if (now.getTime() - Date.parse(session.last_seen_at) > TOUCH_EVERY_MS) {
        const expires = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
        await this.sessions.touch(session.id, now.toISOString(), expires);
      }
      return { user, scope: new OwnerScope(this.db, user.id), via: 'session', sessionId: session.id };
    }
    return null;
  }

  updateProfile(
    userId: string,
    changes: { name?: string | undefined; timezone?: string | undefined },
  ): Promise<UserRow> {
    const set: { name?: string; timezone?: string; updated_at: string } = {
      updated_at: this.clock.now().toISOString(),
    };
    if (changes.name !== undefined) set.name = changes.name;
    if (changes.timezone !== undefined) set.timezone = changes.timezone;
    return this.users.update(userId, set);
  }

  /** Changes the password and ends every other session of this person. */
  async changePassword(auth: Auth, currentPassword: string, newPassword: string, ip: string): Promise<void> {
    await this.confirmPassword(auth.user, currentPassword, ip, 'currentPassword');
    await this.users.update(auth.user.id, {
      password_hash: await hashPassword(newPassword),
      updated_at: this.clock.now().toISOString(),
    });
    await this.sessions.deleteOthers(auth.user.id, auth.sessionId);
  }

  /** Deletes the account and, by cascade, everything it owns. */
  async deleteAccount(auth: Auth, password: string, ip: string): Promise<void> {
    await this.confirmPassword(auth.user, password, ip, 'password');
    await this.users.delete(auth.user.id);
  }

  // Re-entering the password counts toward the same limits as signing in, so a stolen session
  // cannot be used to guess it.
  private async confirmPassword(user: UserRow, password: string, ip: string, field: string): Promise<void> {
    const now = this.clock.now();
    const wait = await this.throttle.retryAfter(user.email, ip, now);
    if (wait > 0) throw rateLimited('Too many wrong passwords. Try again later.', wait);
    if (!(await verifyPassword(user.password_hash, password))) {
      await this.throttle.recordFailure(user.email, ip, now);
      throw invalidField(field, 'is not your current password');
    }
  }
}
