import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { verifyPassword } from '../auth/password';
import { DomainError } from '../common/domain-error';
import { User } from '../users/user.entity';
import { PERSONAL_DATA } from './personal-data';

export interface AccountExport {
  format: 'hearth-export/1';
  exportedAt: string;
  profile: {
    id: string;
    email: string;
    displayName: string;
    legalName: string | null;
    role: string;
    status: string;
    createdAt: string;
    secondFactor: boolean;
    recoveryCodesLeft: number;
  };
  [section: string]: unknown;
}

/** What replaces deleted content when the person asks for it to be purged. */
const PURGED = '[removed]';

/**
 * A person's right to their data: everything about them as JSON, and deletion
 * (personal data erased, sessions ended at once, content kept as "former member"
 * or purged). The audit log keeps its entries: they hold ids, never names.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  async export(userId: string): Promise<AccountExport> {
    const [user] = await this.dataSource.query<
      {
        id: string;
        email: string;
        display_name: string;
        legal_name: string | null;
        role: string;
        status: string;
        created_at: Date;
        totp: boolean;
        codes: number;
      }[]
    >(
      `SELECT id, email, display_name, legal_name, role, status, created_at, totp_enabled_at IS NOT NULL AS totp,
              (SELECT count(*)::int FROM recovery_codes r WHERE r.user_id = u.id AND r.used_at IS NULL) AS codes
         FROM users u WHERE id = $1`,
      [userId],
    );
    if (!user) {
      throw new DomainError('not_found', 'User not found');
    }
    const result: AccountExport = {
      format: 'hearth-export/1',
      exportedAt: new Date().toISOString(),
      profile: {
        id: user.id,
        email: user.email,
        displayName: user.display_name,
        legalName: user.legal_name,
        role: user.role,
        status: user.status,
        createdAt: user.created_at.toISOString(),
        secondFactor: user.totp,
        recoveryCodesLeft: user.codes,
      },
    };
    for (const column of Object.values(PERSONAL_DATA)) {
      if (column.export) {
        result[column.export.section] = await this.dataSource.query(column.export.sql, [userId]);
      }
    }
    return result;
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
    const [row] = await this.dataSource.query<{ password_hash: string }[]>(
      `SELECT password_hash FROM users WHERE id = $1`,
      [user.id],
    );
    if (!row || !(await verifyPassword(row.password_hash, password))) {
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

  private async erase(actorId: string, userId: string, purgeContent: boolean, reason?: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(User)
        .findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user || user.status === 'deleted') {
        throw new DomainError('not_found', 'User not found');
      }
      if (user.role === 'admin') {
        const [{ n }] = await manager.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND status = 'active'`,
        );
        if (n <= 1) {
          throw new DomainError('conflict', 'This is the last admin; appoint another admin first', 'last_admin');
        }
      }
      await this.erasePerson(manager, userId);
      await this.eraseContent(manager, userId, purgeContent);
      await this.audit.record(
        {
          actorId,
          action: 'account.deleted',
          targetType: 'user',
          targetId: userId,
          details: { purgeContent, byThemselves: actorId === userId, ...(reason ? { reason } : {}) },
        },
        manager,
      );
    });
    this.events.emit('user.sessions_revoked', { userId });
  }

  /** The person: contact details, name, credentials, sessions and private links to others. */
  private async erasePerson(manager: EntityManager, userId: string): Promise<void> {
    const tag = randomUUID().slice(0, 12);
    await manager.query(
      `UPDATE users SET email = $2, display_name = $3, legal_name = NULL, password_hash = '!', status = 'deleted', status_until = NULL,
              on_duty = false, on_duty_since = NULL, totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL,
              updated_at = now()
        WHERE id = $1`,
      [userId, `deleted-${tag}@deleted.invalid`, `deleted-${tag}`],
    );
    for (const sql of [
      `DELETE FROM refresh_tokens WHERE user_id = $1`,
      `DELETE FROM contact_details WHERE user_id = $1`,
      `DELETE FROM care_concerns WHERE person_id = $1`,
      `DELETE FROM recovery_codes WHERE user_id = $1`,
      `DELETE FROM notifications WHERE user_id = $1`,
      `DELETE FROM blocks WHERE blocker_id = $1 OR blocked_id = $1`,
      `DELETE FROM post_reactions WHERE user_id = $1`,
      `DELETE FROM room_reads WHERE user_id = $1`,
      `UPDATE flags SET note = NULL WHERE reporter_id = $1`,
      `UPDATE cohort_memberships SET left_at = now(), left_reason = 'account_deleted' WHERE user_id = $1 AND left_at IS NULL`,
    ]) {
      await manager.query(sql, [userId]);
    }
  }

  /** Their words: kept under "Former member", or purged (the thread tree keeps its shape). */
  private async eraseContent(manager: EntityManager, userId: string, purge: boolean): Promise<void> {
    if (!purge) {
      return;
    }
    for (const sql of [
      `DELETE FROM post_edits WHERE editor_id = $1
          OR post_id IN (SELECT id FROM posts WHERE author_id = $1)
          OR (post_id IS NULL AND thread_id IN (SELECT id FROM threads WHERE author_id = $1))`,
      `UPDATE posts SET body = '${PURGED}', content_warning = NULL, status = 'removed' WHERE author_id = $1`,
      `DELETE FROM message_edits WHERE editor_id = $1 OR message_id IN (SELECT id FROM messages WHERE author_id = $1)`,
      `UPDATE messages SET body = '${PURGED}', content_warning = NULL, status = 'removed' WHERE author_id = $1`,
      `UPDATE threads SET title = '${PURGED}', body = '${PURGED}', content_warning = NULL, status = 'removed' WHERE author_id = $1`,
      `UPDATE appeals SET text = '${PURGED}' WHERE user_id = $1`,
    ]) {
      await manager.query(sql, [userId]);
    }
  }
}
