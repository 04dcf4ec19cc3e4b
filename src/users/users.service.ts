import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { RoleChanges } from './role-changes';
import type { PeopleQuery } from './users.dto';
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
        return { user, from: role };
      }
      if (user.role === 'admin' && (await this.users.countAdmins(tx)) <= 1) {
        throw new DomainError('conflict', 'This is the last admin; appoint another admin first', 'last_admin');
      }
      const from = user.role;
      await this.users.setRole(user.id, role, tx);
      await this.roleChanges.apply({ userId: user.id, from, to: role, actorId: actor.id }, tx);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'user.role_changed',
          targetType: 'user',
          targetId: user.id,
          details: { from, to: role },
        },
        tx,
      );
      return { user: { ...user, role }, from };
    });
    if (result.from !== role) {
      this.events.emit('user.role_changed', { userId, from: result.from, to: role } satisfies RoleChangedEvent);
    }
    return { id: result.user.id, displayName: result.user.displayName, role };
  }
}
