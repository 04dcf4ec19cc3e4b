import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { verifyPassword } from '../auth/password';
import { RecoveryCodesRepository } from '../auth/recovery-codes.repository';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { UsersRepository } from '../users/users.repository';
import { PERSONAL_DATA, PersonalDataOwner } from './personal-data';
import type { AccountExport } from '../contract';

/**
 * A person's right to their data: everything about them as JSON, and deletion
 * (personal data erased, sessions ended at once, content kept as "former member"
 * or purged). Both run over PERSONAL_DATA: each table's repository answers for
 * its own rows. The audit log keeps its entries: they hold ids, never names.
 */
@Injectable()
export class PrivacyService implements OnModuleInit {
  private owners: PersonalDataOwner[] = [];

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly transactions: Transactions,
    private readonly users: UsersRepository,
    private readonly recoveryCodes: RecoveryCodesRepository,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  onModuleInit(): void {
    const owners = new Set(Object.values(PERSONAL_DATA).flatMap((column) => (column.owner ? [column.owner] : [])));
    this.owners = [...owners].map((owner) => this.moduleRef.get(owner, { strict: false }));
  }

  async export(userId: string): Promise<AccountExport> {
    return this.transactions.run(async (tx) => {
      const user = await this.users.profile(userId, tx);
      if (!user) {
        throw new DomainError('not_found', 'User not found');
      }
      const result: AccountExport = {
        format: 'hearth-export/1',
        exportedAt: new Date().toISOString(),
        profile: {
          ...user,
          createdAt: user.createdAt.toISOString(),
          recoveryCodesLeft: await this.recoveryCodes.unusedCount(userId, tx),
        },
      };
      for (const owner of this.owners) {
        Object.assign(result, await owner.exportFor?.(userId, tx));
      }
      return result;
    });
  }

  /** Staff reading someone's export (on their request) is audited. */
  async exportFor(actor: AuthUser, userId: string): Promise<AccountExport> {
    const data = await this.export(userId);
    await this.audit.record({
      actorId: actor.id,
      action: 'user.private_data_viewed',
      targetType: 'user',
      targetId: userId,
      details: { what: 'export' },
    });
    return data;
  }

  async deleteOwn(user: AuthUser, password: string, purgeContent: boolean): Promise<void> {
    const hash = await this.users.passwordHash(user.id);
    if (!hash || !(await verifyPassword(hash, password))) {
      throw new DomainError('forbidden', 'password is not correct', 'bad_password');
    }
    await this.erase(user.id, user.id, purgeContent);
  }

  async deleteFor(actor: AuthUser, userId: string, purgeContent: boolean, reason: string): Promise<void> {
    if (actor.id === userId) {
      throw new DomainError('invalid', 'Use DELETE /api/me to delete your own account');
    }
    await this.erase(actor.id, userId, purgeContent, reason);
  }

  /** The person's account and what links them to others go; their words stay as "Former member" unless purged. */
  private async erase(actorId: string, userId: string, purgeContent: boolean, reason?: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const user = await this.users.lockById(userId, tx);
      if (!user || user.status === 'deleted') {
        throw new DomainError('not_found', 'User not found');
      }
      if (user.role === 'admin' && (await this.users.countAdmins(tx)) <= 1) {
        throw new DomainError('conflict', 'This is the last admin; appoint another admin first', 'last_admin');
      }
      await this.users.erase(userId, tx);
      for (const owner of this.owners) {
        await owner.eraseFor?.(userId, tx);
      }
      if (purgeContent) {
        for (const owner of this.owners) {
          await owner.purgeFor?.(userId, tx);
        }
      }
      await this.audit.record(
        {
          actorId,
          action: 'account.deleted',
          targetType: 'user',
          targetId: userId,
          details: { purgeContent, byThemselves: actorId === userId, ...(reason ? { reason } : {}) },
        },
        tx,
      );
    });
    this.events.emit('user.sessions_revoked', { userId });
  }
}
