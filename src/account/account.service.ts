import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { TokensService } from '../auth/tokens.service';
import { describeDevice } from './device';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { DomainError } from '../common/domain-error';
import { UsersRepository } from '../users/users.repository';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation } from '../common/database-errors';
import { Transactions } from '../database/transactions';
import type { MeView, SessionView, UserSummary } from '../contract';

/** The caller's own account: profile, sessions (export and deletion join it with the privacy work). */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UsersRepository,
    private readonly cohorts: CohortsRepository,
    private readonly access: AccessService,
    private readonly tokens: TokensService,
    private readonly events: EventEmitter2,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  async sessions(user: AuthUser): Promise<SessionView[]> {
    const rows = await this.tokens.sessions(user.id);
    return rows.map((s) => ({
      id: s.id,
      device: describeDevice(s.userAgent),
      startedAt: new Date(s.startedAt).toISOString(),
      lastUsedAt: new Date(s.lastUsedAt).toISOString(),
      current: s.id === user.sessionId,
    }));
  }

  /** Ends one of my sessions at once, including its open sockets. */
  async endSession(user: AuthUser, sessionId: string): Promise<void> {
    if (!(await this.tokens.revokeUserSession(user.id, sessionId))) {
      throw new DomainError('not_found', 'Session not found');
    }
    this.events.emit('session.revoked', { userId: user.id, sessionId });
  }

  /** Signs out everywhere else (or everywhere, including here). */
  async endSessions(user: AuthUser, includeCurrent: boolean): Promise<void> {
    for (const session of await this.tokens.sessions(user.id)) {
      if (includeCurrent || session.id !== user.sessionId) {
        await this.tokens.revokeUserSession(user.id, session.id);
        this.events.emit('session.revoked', { userId: user.id, sessionId: session.id });
      }
    }
  }

  /** A new pseudonym: the same rules as at registration, unique, audited (names are not logged). */
  async rename(user: AuthUser, displayName: string): Promise<UserSummary> {
    const name = displayName.normalize('NFKC').trim();
    try {
      await this.transactions.run(async (tx) => {
        await this.users.setDisplayName(user.id, name, tx);
        await this.audit.record(
          { actorId: user.id, action: 'user.display_name_changed', targetType: 'user', targetId: user.id },
          tx,
        );
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_display_name_key')) {
        throw new DomainError(
          'conflict',
          'displayName: that display name is taken; choose another',
          'display_name_taken',
        );
      }
      throw error;
    }
    this.events.emit('user.renamed', { userId: user.id });
    return {
      id: user.id,
      displayName: name,
      role: user.role,
      termsRequired: user.termsRequired,
      mfaSetupRequired: user.mfaSetupRequired,
    };
  }

  async me(user: AuthUser): Promise<MeView> {
    const row = await this.users.findById(user.id);
    if (!row) {
      throw new DomainError('not_found', 'Account not found');
    }
    // My groups: the cohorts I belong to (admins and moderators see every cohort elsewhere).
    const cohorts = await this.cohorts.list(user.id, await this.access.ownCohortIds(user.id));
    return {
      id: row.id,
      displayName: row.displayName,
      role: row.role,
      email: row.email,
      termsRequired: user.termsRequired,
      termsAudience: user.termsAudience,
      mfa: { enabled: row.totpEnabledAt !== null, setupRequired: user.mfaSetupRequired },
      cohorts: cohorts.map((c) => ({ id: c.id, name: c.name, membership: c.membership })),
    };
  }
}
