import type { DigestChoice } from '../../shared/accounts/account.schema.ts';
import type { Access } from '../platform/access/access.ts';
import type { Actor } from '../platform/access/actor.ts';
import type { Clock } from '../platform/clock.ts';
import { isUniqueViolation } from '../platform/db/errors.ts';
import {
  conflict,
  forbidden,
  invalidField,
  notFound,
  rateLimited,
  unauthenticated,
} from '../platform/http/errors.ts';
import { newId } from '../platform/ids.ts';
import { ApiTokenRepository } from './api-token.repository.ts';
import { LoginThrottle } from './login-throttle.ts';
import { hashPassword, hashSecret, newSecret, verifyPassword } from './secrets.ts';
import { SessionRepository } from './session.repository.ts';
import { UserRepository, type UserRow } from './user.repository.ts';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export interface NewSession {
  token: string;
  expiresAt: Date;
}

/** The person as the rest of Trellis sees them, without their password hash. */
export const actorOf = (user: UserRow, via: Actor['via'], sessionId: string | null): Actor => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  timeZone: user.timezone,
  digest: user.digest,
  createdAt: user.created_at,
  updatedAt: user.updated_at,
  via,
  sessionId,
});

/** Accounts, sign-in and sessions. */
export class AccountService {
  private readonly users: UserRepository;
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly access: Access,
    private readonly clock: Clock,
    private readonly openRegistration: boolean,
  ) {
    this.users = new UserRepository(access.instance);
    this.throttle = new LoginThrottle(access.instance);
  }

  async hasUsers(): Promise<boolean> {
    return (await this.users.count()) > 0;
  }

  /**
   * Creates an account. The first becomes the instance admin; when registration is closed only an
   * admin (or the console) may create accounts. The rules are checked again under a lock before the
   * row is written, so parallel sign-ups on a new instance make exactly one admin.
   */
  async register(
    input: { email: string; name: string; password: string },
    creator: Pick<Actor, 'role' | 'via'> | null,
  ): Promise<Actor> {
    const mayCreate = creator?.role === 'admin' || creator?.via === 'console';
    const check = async (users: UserRepository) => {
      const count = await users.count();
      if (count > 0 && !this.openRegistration && !mayCreate) {
        throw forbidden(
          'Registration is closed on this Trellis. Ask an administrator to create your account.',
        );
      }
      if (await users.findByEmail(input.email)) throw conflict('An account with this e-mail already exists.');
      return count;
    };
    // A cheap look first, so a refused sign-up costs no password hash.
    await check(this.users);
    const passwordHash = await hashPassword(input.password);
    try {
      const row = await this.users.registering(async (users) => {
        const count = await check(users);
        const now = this.clock.now().toISOString();
        const user: UserRow = {
          id: newId(),
          email: input.email,
          name: input.name,
          password_hash: passwordHash,
          timezone: 'UTC',
          role: count === 0 ? 'admin' : 'member',
          digest: 'weekly',
          created_at: now,
          updated_at: now,
        };
        await users.insert(user);
        return user;
      });
      return actorOf(row, 'console', null);
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('An account with this e-mail already exists.');
      throw err;
    }
  }

  /**
   * Checks the password, within the failed-sign-in limits, and answers the person. The attempt is
   * reserved before the password is hashed, so no more guesses are checked than the limits allow.
   */
  async login(email: string, password: string, ip: string): Promise<Actor> {
    const attempt = await this.throttle.reserve(email, ip, this.clock.now());
    if (attempt.attemptId === null) {
      const minutes = Math.ceil(attempt.retryAfter / 60);
      throw rateLimited(
        `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        attempt.retryAfter,
      );
    }
    const user = await this.users.findByEmail(email);
    if (!(await verifyPassword(user?.password_hash ?? null, password)) || !user) {
      throw unauthenticated('The e-mail or password is not correct.');
    }
    await this.throttle.clear(email);
    return actorOf(user, 'session', null);
  }

  async startSession(actor: Pick<Actor, 'id'>, userAgent: string | null): Promise<NewSession> {
    const now = this.clock.now();
    const token = newSecret('trs');
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await new SessionRepository(this.access.scopeFor(actor)).create({
      id: newId(),
      token_hash: hashSecret(token),
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      user_agent: userAgent?.slice(0, 300) ?? null,
    });
    return { token, expiresAt };
  }

  endSession(actor: Actor): Promise<void> {
    if (!actor.sessionId) return Promise.resolve();
    return new SessionRepository(this.access.scopeFor(actor)).delete(actor.sessionId);
  }

  async updateProfile(
    actor: Actor,
    changes: { name?: string | undefined; timezone?: string | undefined; digest?: DigestChoice | undefined },
  ): Promise<Actor> {
    const user = await this.users.update(actor.id, {
      updated_at: this.clock.now().toISOString(),
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.timezone !== undefined ? { timezone: changes.timezone } : {}),
      ...(changes.digest !== undefined ? { digest: changes.digest } : {}),
    });
    return actorOf(user, actor.via, actor.sessionId);
  }

  /**
   * Changes the password and ends every other session of this person, and their personal API
   * tokens unless they choose to keep them.
   */
  async changePassword(
    actor: Actor,
    change: { currentPassword: string; newPassword: string; keepApiTokens?: boolean | undefined },
    ip: string,
  ): Promise<void> {
    await this.confirmPassword(actor, change.currentPassword, ip, 'currentPassword');
    const passwordHash = await hashPassword(change.newPassword);
    await this.access.instance.transaction(async (instance) => {
      await new UserRepository(instance).update(actor.id, {
        password_hash: passwordHash,
        updated_at: this.clock.now().toISOString(),
      });
      const scope = instance.scopeOf(actor.id);
      await new SessionRepository(scope).deleteOthers(actor.sessionId);
      if (!change.keepApiTokens) await new ApiTokenRepository(scope).revokeAll();
    });
  }

  /** Deletes the account and, by cascade, everything it owns; its e-mail leaves the sign-in records. */
  async deleteAccount(actor: Actor, password: string, ip: string): Promise<void> {
    await this.confirmPassword(actor, password, ip, 'password');
    await this.access.instance.transaction(async (instance) => {
      await new UserRepository(instance).delete(actor.id);
      await new LoginThrottle(instance).clear(actor.email);
    });
  }

  /** Makes a person an instance administrator (from the console). */
  async makeAdmin(id: string): Promise<void> {
    await this.users.update(id, { role: 'admin', updated_at: this.clock.now().toISOString() });
  }

  /** The person with this e-mail, as the console acts for them. */
  async actorByEmail(email: string): Promise<Actor> {
    const user = await this.users.findByEmail(email);
    if (!user) throw notFound(`account with the e-mail ${email}`);
    return actorOf(user, 'console', null);
  }

  /** Deletes the person with this e-mail, if there is one (the console's demo reset). */
  async deleteByEmail(email: string): Promise<boolean> {
    const user = await this.users.findByEmail(email);
    return user ? this.users.delete(user.id) : false;
  }

  /** Forgets failed sign-ins that no longer count, for the periodic clean-up. */
  forgetExpiredFailures(): Promise<number> {
    return this.throttle.forgetExpired(this.clock.now());
  }

  // Re-entering the password counts toward the same limits as signing in, so a stolen session
  // cannot be used to guess it.
  private async confirmPassword(actor: Actor, password: string, ip: string, field: string): Promise<void> {
    const attempt = await this.throttle.reserve(actor.email, ip, this.clock.now());
    if (attempt.attemptId === null)
      throw rateLimited('Too many wrong passwords. Try again later.', attempt.retryAfter);
    const user = await this.users.findById(actor.id);
    if (!user || !(await verifyPassword(user.password_hash, password))) {
      throw invalidField(field, 'is not your current password');
    }
    await this.throttle.release(attempt.attemptId);
  }
}
