import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { randomInt } from 'node:crypto';
import type { AuthUser } from '../access/auth-user';
import { decidePasswordReset } from '../access/policy';
import { AuditService } from '../audit/audit.service';
import { sha256 } from '../common/crypto';
import { DomainError } from '../common/domain-error';
import { RateLimiter } from '../common/rate-limiter';
import { Transactions } from '../database/transactions';
import { UsersRepository } from '../users/users.repository';
import type { IssuedResetCode } from '../contract';
import { hashPassword, verifyPassword } from './password';
import { PasswordResetsRepository } from './password-resets.repository';
import { TokensService } from './tokens.service';

const RESET_VALID_MS = 24 * 3600_000;
const FAILURE_WINDOW_MS = 15 * 60_000;
/** Wrong current passwords per account before a pause (a stolen session must not guess its way to the password). */
const CHANGE_FAILURES_PER_ACCOUNT = 5;
/** Codes one staff member may hand out in an hour. */
const ISSUES_PER_STAFF_PER_HOUR = 20;
/** Reset attempts per address (each code is 60 random bits; this keeps guessing hopeless). */
const RESETS_PER_IP = 10;
/** Letters and digits that read aloud and type without confusion (no 0/O, 1/I/L, U). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

/**
 * Passwords without email: a person changes theirs with the current one; one who
 * forgot it gets a single-use code from staff (admins for anyone, a member's
 * clinicians for that member), valid a day. Changing ends the person's other
 * sessions; a reset ends every session and leaves a second factor in place.
 * Codes and passwords never reach a log or the audit log.
 */
@Injectable()
export class PasswordsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UsersRepository,
    private readonly resets: PasswordResetsRepository,
    private readonly tokens: TokensService,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
    private readonly events: EventEmitter2,
  ) {}

  async change(user: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const key = `password-change:${user.id}`;
    const state = await this.limiter.peek(key, CHANGE_FAILURES_PER_ACCOUNT, FAILURE_WINDOW_MS);
    if (!state.allowed) {
      throw tooMany(state.retryAfterMs, 'Too many wrong passwords; try again later');
    }
    const hash = await this.users.passwordHash(user.id);
    if (!hash || !(await verifyPassword(hash, currentPassword))) {
      await this.limiter.hit(key, CHANGE_FAILURES_PER_ACCOUNT, FAILURE_WINDOW_MS);
      throw new DomainError('forbidden', 'currentPassword: your current password is not correct', 'bad_password');
    }
    if (currentPassword === newPassword) {
      throw new DomainError(
        'invalid',
        'newPassword: choose a new password different from the current one',
        'same_password',
      );
    }
    await this.limiter.reset(key);
    const passwordHash = await hashPassword(newPassword);
    const ended = await this.transactions.run(async (tx) => {
      await this.users.setPasswordHash(user.id, passwordHash, tx);
      const revoked = await this.tokens.revokeAllSessions(user.id, user.sessionId, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'user.password_changed',
          targetType: 'user',
          targetId: user.id,
          details: { sessionsEnded: revoked.length },
        },
        tx,
      );
      return revoked;
    });
    this.announceEnded(user.id, ended);
  }

  /** A reset code for the person, shown once to the staff member who hands it over. */
  async issueReset(actor: AuthUser, personId: string): Promise<IssuedResetCode> {
    const person = await this.resets.person(personId, actor.id);
    if (!person || person.status === 'deleted') {
      throw new DomainError('not_found', 'Person not found');
    }
    const relation = actor.id === personId ? 'self' : person.careTeam ? 'care_team' : 'none';
    const decision = decidePasswordReset(actor.role, person.role, relation);
    if (decision === 'forbid') {
      throw new DomainError('forbidden', 'Change your own password from your security settings');
    }
    if (decision !== 'allow') {
      throw new DomainError('not_found', 'Person not found');
    }
    await this.limiter.require(
      `password-reset-issue:${actor.id}`,
      ISSUES_PER_STAFF_PER_HOUR,
      3600_000,
      'Too many reset codes issued; try again later',
    );
    const code = newCode();
    const expiresAt = new Date(Date.now() + RESET_VALID_MS);
    await this.transactions.run(async (tx) => {
      await this.resets.issue(personId, sha256(normalizeCode(code)), actor.id, expiresAt, tx);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'user.password_reset_issued',
          targetType: 'user',
          targetId: personId,
          details: { expiresAt: expiresAt.toISOString() },
        },
        tx,
      );
    });
    return { code, expiresAt: expiresAt.toISOString() };
  }

  /** Sets a new password with a code: every session ends; a second factor stays required where set. */
  async reset(code: string, newPassword: string, ip: string): Promise<void> {
    const key = `password-reset:ip:${ip}`;
    const state = await this.limiter.peek(key, RESETS_PER_IP, FAILURE_WINDOW_MS);
    if (!state.allowed) {
      throw tooMany(state.retryAfterMs, 'Too many attempts; try again later');
    }
    const passwordHash = await hashPassword(newPassword);
    const result = await this.transactions.run(async (tx) => {
      const used = await this.resets.use(sha256(normalizeCode(code)), tx);
      if (!used) {
        return undefined;
      }
      const user = await this.users.lockById(used.userId, tx);
      if (!user || user.status === 'deleted') {
        return undefined;
      }
      await this.users.setPasswordHash(user.id, passwordHash, tx);
      const revoked = await this.tokens.revokeAllSessions(user.id, null, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'user.password_reset_used',
          targetType: 'user',
          targetId: user.id,
          details: { sessionsEnded: revoked.length, secondFactorKept: user.totpEnabledAt !== null },
        },
        tx,
      );
      return { userId: user.id, revoked };
    });
    if (!result) {
      await this.limiter.hit(key, RESETS_PER_IP, FAILURE_WINDOW_MS);
      throw new DomainError(
        'invalid',
        'code: this reset code is not valid, already used or expired; ask your care team for a new one',
        'reset_code_invalid',
      );
    }
    this.announceEnded(result.userId, result.revoked);
  }

  private announceEnded(userId: string, sessionIds: string[]): void {
    for (const sessionId of sessionIds) {
      this.events.emit('session.revoked', { userId, sessionId });
    }
  }
}

/** Twelve letters in three groups (XXXX-XXXX-XXXX): easy to read out and type. */
function newCode(): string {
  const chars = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}

/** Spaces, dashes and case do not matter when a code is typed. */
export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function tooMany(retryAfterMs: number, message: string): DomainError {
  return new DomainError('rate_limited', message, 'rate_limited', Math.max(1, Math.ceil(retryAfterMs / 1000)));
}
