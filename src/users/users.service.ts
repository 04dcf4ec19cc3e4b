import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import type { Tx } from '../database/transactions';
import { RoleChanges } from './role-changes';
import type { PeopleQuery } from './users.dto';
import { MEMBER_STEPPED_DOWN, type MemberSteppedDownEvent } from './users.events';
import { UsersRepository } from './users.repository';
import type { PersonView, Role, UserRoleView } from '../contract';

export interface RoleChangedEvent {
  userId: string;
  from: Role;
  to: Role;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UsersRepository,
    private readonly roleChanges: RoleChanges,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  /** Admins look people up to act on their requests; reading emails is audited. */
  async directory(actor: AuthUser, query: PeopleQuery): Promise<PersonView[]> {
    const people = await this.users.directory(query.q?.trim() || undefined, query.role, query.limit ?? 50);
    await this.audit.record({
      actorId: actor.id,
      action: 'user.private_data_viewed',
      details: { what: 'directory', count: people.length },
    });
    return people.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      email: u.email,
      role: u.role,
      status: u.status,
      createdAt: u.createdAt.toISOString(),
      mfaEnabled: u.totpEnabledAt !== null,
    }));
  }

  async changeRole(actor: AuthUser, userId: string, role: Role): Promise<UserRoleView> {
    const result = await this.transactions.run(async (tx) => {
      const user = await this.users.lockById(userId, tx);
      if (!user || user.status === 'deleted') {
        throw new DomainError('not_found', 'User not found');
      }
      if (user.role === role) {
        return { user, from: role, changeId: undefined, left: undefined };
      }
      return { user, ...(await this.apply(actor, user, role, undefined, tx)) };
    });
    if (result.from !== role) {
      this.events.emit('user.role_changed', { userId, from: result.from, to: role } satisfies RoleChangedEvent);
    }
    // Made alumni or peer mentor, a member leaves their cohorts (cohorts.service): the same moment as a step-down
    // from the cohort page. The person is told (alumni), their care line moves to the alumni care team, and the
    // former team's open sockets leave it. Once however many cohorts it left: every listener acts on the person.
    const [cohortId] = result.left ?? [];
    if (cohortId !== undefined) {
      this.events.emit(MEMBER_STEPPED_DOWN, { userId, cohortId, role } satisfies MemberSteppedDownEvent);
    }
    return {
      id: result.user.id,
      displayName: result.user.displayName,
      role,
      ...(result.changeId ? { from: result.from, changeId: result.changeId, leftCohortIds: result.left ?? [] } : {}),
    };
  }

  /**
   * Undoes a role change: the earlier role back, and the cohorts the person left
   * with it rejoined. Only the person's latest role change, and only while their
   * role is still what it made it (otherwise 409).
   */
  async undoRoleChange(actor: AuthUser, userId: string, changeId: string): Promise<UserRoleView> {
    const result = await this.transactions.run(async (tx) => {
      const user = await this.users.lockById(userId, tx);
      if (!user || user.status === 'deleted') {
        throw new DomainError('not_found', 'User not found');
      }
      const latest = await this.audit.latestAbout(
        'user',
        user.id,
        ['user.role_changed', 'user.role_change_undone'],
        tx,
      );
      if (!latest || latest.id !== changeId || latest.action !== 'user.role_changed') {
        throw new DomainError('conflict', 'Only the latest role change can be undone', 'role_changed_since');
      }
      const { from, to } = latest.details as { from: Role; to: Role };
      if (user.role !== to) {
        throw new DomainError('conflict', 'Their role has changed since; change it directly', 'role_changed_since');
      }
      const restore = { leftCohortIds: latest.details.leftCohortIds ?? [] };
      return { user, ...(await this.apply(actor, user, from, { undoes: changeId, restore }, tx)), to: from };
    });
    this.events.emit('user.role_changed', { userId, from: result.from, to: result.to } satisfies RoleChangedEvent);
    return { id: result.user.id, displayName: result.user.displayName, role: result.to, from: result.from };
  }

  private async apply(
    actor: AuthUser,
    user: { id: string; role: Role },
    role: Role,
    undo: { undoes: string; restore: Record<string, unknown> } | undefined,
    tx: Tx,
  ): Promise<{ from: Role; changeId: string; left: string[] | undefined }> {
    if (user.role === 'admin' && (await this.users.countAdmins(tx)) <= 1) {
      throw new DomainError('conflict', 'This is the last admin; appoint another admin first', 'last_admin');
    }
    const from = user.role;
    await this.users.setRole(user.id, role, tx);
    const done = await this.roleChanges.apply(
      { userId: user.id, from, to: role, actorId: actor.id, restore: undo?.restore },
      tx,
    );
    const changeId = await this.audit.record(
      {
        actorId: actor.id,
        action: undo ? 'user.role_change_undone' : 'user.role_changed',
        targetType: 'user',
        targetId: user.id,
        details: { from, to: role, ...done, ...(undo ? { undoes: undo.undoes, ...undo.restore } : {}) },
      },
      tx,
    );
    return { from, changeId, left: done.leftCohortIds as string[] | undefined };
  }
}
