import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AuthUser } from '../access/auth-user';
import { isStaff } from '../access/policy';
import type { Env } from '../config/env';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation } from '../common/database-errors';
import { DomainError } from '../common/domain-error';
import { RateLimiter } from '../common/rate-limiter';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { ConsentService } from '../consent/consent.service';
import { termsAudienceOf } from '../consent/terms';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';
import type { Invite } from '../invites/invite.entity';
import { InvitesService } from '../invites/invites.service';
import type { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import type { LoginDto, RegisterDto } from './auth.dto';
import { hashPassword, verifyDecoy, verifyPassword } from './password';
import { sha256 } from '../common/crypto';
import { AccessPayload, TokensService } from './tokens.service';
import { TotpService } from './totp.service';
import { SettingsService } from '../settings/settings.service';
import { refuseIfSanctioned } from '../sanctions/sanctions.service';
import type { SessionResponse, TokenPair, UserSummary } from '../contract';

const FAILURE_WINDOW_MS = 15 * 60_000;
const ACCOUNT_FAILURE_LIMIT = 5;
const IP_FAILURE_LIMIT = 30;
const REGISTRATIONS_PER_IP_PER_HOUR = 20;

export interface ClientMeta {
  ip: string;
  userAgent?: string;
}

/** Signing up with an invite, signing in and out, and what a token proves. */
@Injectable()
export class AuthService {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UsersRepository,
    private readonly tokens: TokensService,
    private readonly invites: InvitesService,
    private readonly cohorts: CohortsRepository,
    private readonly consent: ConsentService,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
    private readonly events: EventEmitter2,
    private readonly config: ConfigService<Env, true>,
    private readonly totp: TotpService,
    private readonly settings: SettingsService,
  ) {}

  /**
   * Creates an account with an invite. Having an account here means being in
   * treatment, so a taken email is never learnt for free: the attempt spends an
   * invite use exactly as a registration would (README, API notes), and then says so.
   */
  async register(dto: RegisterDto, meta: ClientMeta): Promise<SessionResponse> {
    await this.limiter.require(`register:ip:${meta.ip}`, REGISTRATIONS_PER_IP_PER_HOUR, 3600_000);
    // Hash before the transaction so the invite row is locked for milliseconds only.
    const passwordHash = await hashPassword(dto.password);
    const email = dto.email.trim();
    let registered: { user: User; refreshToken: string; sessionId: string } | 'email_taken';
    try {
      registered = await this.transactions.run(async (tx) => {
        const invite = await this.invites.claim(dto.inviteCode, tx);
        if (await this.users.emailTaken(email, tx)) {
          await this.spendOnTakenEmail(invite, tx);
          return 'email_taken';
        }
        const created = await this.users.create(
          { email, displayName: dto.displayName.normalize('NFKC'), passwordHash, role: invite.role },
          tx,
        );
        if (invite.cohortId && (invite.role === 'member' || invite.role === 'clinician')) {
          await this.cohorts.addMember(
            invite.cohortId,
            created.id,
            invite.role === 'clinician' ? 'facilitator' : 'member',
            tx,
          );
        }
        await this.consent.record(created.id, termsAudienceOf(created.role), tx);
        await this.audit.record(
          {
            actorId: created.id,
            action: 'user.registered',
            targetType: 'user',
            targetId: created.id,
            cohortId: invite.cohortId,
            details: { role: created.role, inviteId: invite.id },
          },
          tx,
        );
        const session = await this.tokens.startSession(created.id, meta.userAgent, tx);
        return { user: created, ...session };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        // Taken by a registration at the same instant: spent all the same.
        await this.transactions.run(async (tx) =>
          this.spendOnTakenEmail(await this.invites.claim(dto.inviteCode, tx), tx),
        );
        registered = 'email_taken';
      } else if (isUniqueViolation(error, 'users_display_name_key')) {
        throw new DomainError(
          'conflict',
          'displayName: that display name is taken; choose another',
          'display_name_taken',
        );
      } else {
        throw error;
      }
    }
    if (registered === 'email_taken') {
      throw new DomainError(
        'conflict',
        'email: an account with this email already exists; sign in instead (this code is now used: ask your care team for a new one if you need it)',
        'email_taken',
      );
    }
    const { user, refreshToken, sessionId } = registered;
    return {
      user: summary(user, false, isStaff(user) && (await this.settings.get()).staffMfaRequired),
      accessToken: this.tokens.accessToken(user.id, user.role, sessionId),
      refreshToken,
    };
  }

  /** The invite use stays spent (the transaction commits); staff see in the audit log that it went on an existing account. */
  private async spendOnTakenEmail(invite: Invite, tx: Tx): Promise<void> {
    await this.audit.record(
      {
        actorId: null,
        action: 'invite.spent_on_taken_email',
        targetType: 'invite',
        targetId: invite.id,
        cohortId: invite.cohortId,
      },
      tx,
    );
  }

  /**
   * Checks credentials (the passport-local strategy calls this, and the sign-in
   * guard for empty ones). A failure never says whether the email exists; repeated
   * failures per account and per address are refused with 429 before the password
   * is even checked.
   */
  async validateCredentials(dto: LoginDto, meta: ClientMeta): Promise<User> {
    const user = await this.checkCredentials(dto, meta);
    refuseIfSanctioned(user.status, user.statusUntil);
    return user;
  }

  /**
   * The account these credentials prove, sanctioned or not, with the same limits
   * and second factor as a sign-in: for what a suspended person may still do
   * without a session (read why, appeal). Issues nothing.
   */
  async checkCredentials(dto: LoginDto, meta: ClientMeta): Promise<User> {
    const accountKey = `login:account:${sha256(dto.email.trim().toLowerCase())}`;
    const ipKey = `login:ip:${meta.ip}`;
    for (const [key, limit] of [
      [accountKey, ACCOUNT_FAILURE_LIMIT],
      [ipKey, IP_FAILURE_LIMIT],
    ] as const) {
      const state = await this.limiter.peek(key, limit, FAILURE_WINDOW_MS);
      if (!state.allowed) {
        throw tooMany(state.retryAfterMs, 'Too many failed sign-in attempts; try again later');
      }
    }
    const email = dto.email.trim();
    const user = email && dto.password ? await this.users.findForSignIn(email) : null;
    const ok = user ? await verifyPassword(user.passwordHash, dto.password) : await verifyDecoy(dto.password);
    if (!user || !ok || user.status === 'deleted') {
      await this.limiter.hit(accountKey, ACCOUNT_FAILURE_LIMIT, FAILURE_WINDOW_MS);
      await this.limiter.hit(ipKey, IP_FAILURE_LIMIT, FAILURE_WINDOW_MS);
      throw new DomainError('unauthorized', 'Email or password is incorrect', 'bad_credentials');
    }
    if (user.totpEnabledAt) {
      if (!dto.totp) {
        // Not a failure: the client asks for the code and sends the sign-in again.
        throw new DomainError('unauthorized', 'Enter the code from your authenticator app', 'totp_required');
      }
      if (!(await this.totp.verify(user.id, dto.totp))) {
        await this.limiter.hit(accountKey, ACCOUNT_FAILURE_LIMIT, FAILURE_WINDOW_MS);
        await this.limiter.hit(ipKey, IP_FAILURE_LIMIT, FAILURE_WINDOW_MS);
        throw new DomainError('unauthorized', 'That code is not valid; try the current one', 'totp_invalid');
      }
    }
    await this.limiter.reset(accountKey);
    return user;
  }

  async signIn(user: User, meta: ClientMeta): Promise<SessionResponse> {
    const { sessionId, refreshToken } = await this.tokens.startSession(user.id, meta.userAgent);
    const me = await this.authenticate({ sub: user.id, sid: sessionId, role: user.role });
    return {
      user: summary(user, me.termsRequired, me.mfaSetupRequired),
      accessToken: this.tokens.accessToken(user.id, user.role, sessionId),
      refreshToken,
    };
  }

  async refresh(refreshToken: string, meta: ClientMeta): Promise<TokenPair> {
    const outcome = await this.tokens.rotate(refreshToken, meta.userAgent);
    switch (outcome.kind) {
      case 'invalid':
        throw new DomainError('unauthorized', 'Your session has ended; sign in again', 'refresh_invalid');
      case 'reused':
        await this.audit.record({
          actorId: outcome.userId,
          action: 'session.token_reuse_detected',
          targetType: 'session',
          targetId: outcome.sessionId,
        });
        this.events.emit('session.revoked', { userId: outcome.userId, sessionId: outcome.sessionId });
        throw new DomainError(
          'unauthorized',
          'This sign-in was used elsewhere and has been ended for your safety; sign in again',
          'refresh_reused',
        );
      case 'rotated': {
        const state = await this.users.authState(outcome.userId, outcome.sessionId);
        if (!state) {
          throw new DomainError('unauthorized', 'Your session has ended; sign in again', 'refresh_invalid');
        }
        // Automatic logoff: a session unused for longer than its role allows ends (shorter for staff).
        const idleMinutes = isStaff(state)
          ? this.config.get('STAFF_SESSION_IDLE_MINUTES', { infer: true })
          : this.config.get('SESSION_IDLE_MINUTES', { infer: true });
        if (Date.now() - outcome.lastUsedAt.getTime() > idleMinutes * 60_000) {
          await this.tokens.revokeSession(outcome.sessionId);
          this.events.emit('session.revoked', { userId: state.id, sessionId: outcome.sessionId });
          throw new DomainError(
            'unauthorized',
            'You were signed out after a period of inactivity; sign in again',
            'session_idle',
          );
        }
        refuseIfSanctioned(state.status, state.statusUntil);
        return {
          accessToken: this.tokens.accessToken(state.id, state.role, outcome.sessionId),
          refreshToken: outcome.refreshToken,
        };
      }
    }
  }

  async signOut(refreshToken: string): Promise<void> {
    const sessionId = await this.tokens.sessionOf(refreshToken);
    if (sessionId) {
      await this.tokens.revokeSession(sessionId);
      this.events.emit('session.revoked', { sessionId });
    }
  }

  /** What a valid access token proves, read fresh: used by HTTP (passport-jwt) and the socket handshake. */
  async authenticate(payload: AccessPayload): Promise<AuthUser> {
    const state = await this.users.authState(payload.sub, payload.sid);
    if (!state || !state.sessionLive || state.status === 'deleted') {
      throw new DomainError('unauthorized', 'Your session has ended; sign in again', 'session_ended');
    }
    refuseIfSanctioned(state.status, state.statusUntil, 'unauthorized');
    return {
      id: state.id,
      displayName: state.displayName,
      role: state.role,
      sessionId: payload.sid,
      termsAudience: termsAudienceOf(state.role),
      termsRequired: !state.termsAccepted,
      mfaSetupRequired: isStaff(state) && !state.mfaEnabled && (await this.settings.get()).staffMfaRequired,
    };
  }

  /** Verifies a raw access token (socket handshake, renewal); also says when it expires. */
  async authenticateToken(token: string): Promise<{ user: AuthUser; expiresAt: number }> {
    let payload: AccessPayload;
    try {
      payload = this.tokens.verifyAccessToken(token);
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new DomainError(
        'unauthorized',
        expired ? 'Your session has expired; refresh your token' : 'Your sign-in is not valid; sign in again',
        expired ? 'token_expired' : 'token_invalid',
      );
    }
    return { user: await this.authenticate(payload), expiresAt: (payload.exp ?? 0) * 1000 };
  }
}

function summary(
  user: Pick<User, 'id' | 'displayName' | 'role'>,
  termsRequired: boolean,
  mfaSetupRequired = false,
): UserSummary {
  return { id: user.id, displayName: user.displayName, role: user.role, termsRequired, mfaSetupRequired };
}

function tooMany(retryAfterMs: number, message = 'Too many attempts; try again later'): DomainError {
  return new DomainError('rate_limited', message, 'rate_limited', Math.max(1, Math.ceil(retryAfterMs / 1000)));
}
