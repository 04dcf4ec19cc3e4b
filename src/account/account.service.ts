import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { TokensService } from '../auth/tokens.service';
import { describeDevice } from './device';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { DomainError } from '../common/domain-error';
import { UsersRepository } from '../users/users.repository';
import type { MeView, SessionView } from '../contract';

/** The caller's own account: profile, sessions (export and deletion join it with the privacy work). */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UsersRepository,
    private readonly cohorts: CohortsRepository,
    private readonly access: AccessService,
    private readonly tokens: TokensService,
    private readonly events: EventEmitter2,
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
