import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt } from 'node:crypto';
import { authenticator } from 'otplib';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { sha256 } from '../common/crypto';
import { DomainError } from '../common/domain-error';
import type { Env } from '../config/env';
import { Transactions } from '../database/transactions';
import type { SecondFactorState } from '../users/users.repository';
import { UsersRepository } from '../users/users.repository';
import { RecoveryCodesRepository } from './recovery-codes.repository';

const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/**
 * A second factor (RFC 6238 TOTP) with single-use recovery codes. Secrets are
 * stored encrypted with a key derived from JWT_SECRET (rotating that secret means
 * re-enrolling); each code works once (the last accepted time step is kept).
 */
@Injectable()
export class TotpService {
  private readonly key: Buffer;
  private readonly authenticator = authenticator.clone({ window: 1 });

  constructor(
    private readonly transactions: Transactions,
    private readonly users: UsersRepository,
    private readonly recoveryCodes: RecoveryCodesRepository,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
    config: ConfigService<Env, true>,
  ) {
    this.key = createHash('sha256')
      .update(`hearth-totp:${config.getOrThrow<string>('JWT_SECRET')}`)
      .digest();
  }

  async setup(user: AuthUser): Promise<{ secret: string; otpauthUri: string }> {
    const row = await this.row(user.id);
    if (row.enabledAt) {
      throw new DomainError('conflict', 'A second factor is already set up; turn it off first to set up a new one');
    }
    const secret = authenticator.generateSecret(20);
    await this.users.setPendingSecondFactor(user.id, this.encrypt(secret));
    // The label names the product only: never the program, a diagnosis or an email.
    return { secret, otpauthUri: authenticator.keyuri(row.displayName, 'Hearth', secret) };
  }

  async enable(user: AuthUser, code: string): Promise<{ recoveryCodes: string[] }> {
    const row = await this.row(user.id);
    if (!row.pendingSecret) {
      throw new DomainError('conflict', 'Start the set-up first');
    }
    const step = this.check(this.decrypt(row.pendingSecret), code, null);
    if (step === undefined) {
      throw new DomainError('invalid', 'code is not the current code from your authenticator app', 'totp_invalid');
    }
    const recoveryCodes = newRecoveryCodes();
    await this.transactions.run(async (tx) => {
      await this.users.enableSecondFactor(user.id, step, tx);
      await this.recoveryCodes.replace(user.id, recoveryCodes.map(hashed), tx);
      await this.audit.record({ actorId: user.id, action: 'mfa.enabled', targetType: 'user', targetId: user.id }, tx);
    });
    // Open sockets re-read the user: a required second factor no longer holds them at set-up.
    this.events.emit('mfa.enabled', { userId: user.id });
    return { recoveryCodes };
  }

  async disable(user: AuthUser, code: string, required: boolean): Promise<void> {
    if (required) {
      throw new DomainError('forbidden', 'Your program requires staff to use a second factor');
    }
    if (!(await this.verify(user.id, code))) {
      throw new DomainError('invalid', 'code is not valid', 'totp_invalid');
    }
    await this.clear(user.id, user.id, 'mfa.disabled');
  }

  async regenerateRecoveryCodes(user: AuthUser, code: string): Promise<{ recoveryCodes: string[] }> {
    if (!(await this.verify(user.id, code))) {
      throw new DomainError('invalid', 'code is not valid', 'totp_invalid');
    }
    const recoveryCodes = newRecoveryCodes();
    await this.transactions.run(async (tx) => {
      await this.recoveryCodes.replace(user.id, recoveryCodes.map(hashed), tx);
      await this.audit.record(
        { actorId: user.id, action: 'mfa.recovery_codes_regenerated', targetType: 'user', targetId: user.id },
        tx,
      );
    });
    return { recoveryCodes };
  }

  /** An admin resets a lost second factor (the person sets it up again at next sign-in). */
  async reset(actor: AuthUser, userId: string): Promise<void> {
    await this.clear(actor.id, userId, 'mfa.reset');
  }

  /** A current TOTP code (not used before) or an unused recovery code. */
  async verify(userId: string, code: string): Promise<boolean> {
    const row = await this.row(userId);
    if (!row.secret || !row.enabledAt) {
      return false;
    }
    const clean = code.replace(/\s/g, '');
    if (/^\d{6}$/.test(clean)) {
      const step = this.check(this.decrypt(row.secret), clean, row.lastStep);
      return step !== undefined && (await this.users.useSecondFactorStep(userId, step));
    }
    return this.recoveryCodes.use(userId, hashed(clean));
  }

  async enabled(userId: string): Promise<boolean> {
    return (await this.row(userId)).enabledAt !== null;
  }

  /** The 30-second time step the code belongs to (one step of clock drift allowed), if valid and newer than `afterTimeStep`. */
  private check(secret: string, code: string, afterTimeStep: number | null): number | undefined {
    if (!/^\d{6}$/.test(code)) {
      return undefined;
    }
    const delta = this.authenticator.checkDelta(code, secret);
    if (delta === null) {
      return undefined;
    }
    const step = Math.floor(Date.now() / 30_000) + delta;
    return afterTimeStep !== null && step <= afterTimeStep ? undefined : step;
  }

  private async clear(actorId: string, userId: string, action: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      await this.users.clearSecondFactor(userId, tx);
      await this.recoveryCodes.eraseFor(userId, tx);
      await this.audit.record({ actorId, action, targetType: 'user', targetId: userId }, tx);
    });
  }

  private async row(userId: string): Promise<SecondFactorState> {
    const row = await this.users.secondFactor(userId);
    if (!row) {
      throw new DomainError('not_found', 'User not found');
    }
    return row;
  }

  private encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  private decrypt(blob: string): string {
    const raw = Buffer.from(blob, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    try {
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      throw new DomainError(
        'conflict',
        'Your second factor must be set up again (the server key changed); ask an admin to reset it',
        'mfa_reset_needed',
      );
    }
  }
}

function newRecoveryCodes(): string[] {
  const code = (): string =>
    Array.from({ length: 8 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  return Array.from({ length: RECOVERY_CODES }, () => {
    const c = code();
    return `${c.slice(0, 4)}-${c.slice(4)}`;
  });
}

/** What is stored of a recovery code; they are typed with or without the dash, in any case. */
function hashed(code: string): string {
  return sha256(code.toUpperCase().replace(/[^A-Z0-9]/g, ''));
}
