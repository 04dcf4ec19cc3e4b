import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import type { AuditPage } from '../contract';
import { DomainError } from '../common/domain-error';
import type { Tx } from '../database/transactions';
import { AuditRepository } from './audit.repository';

/** What gets audited (PRODUCT.md, Audit): moderation, roles, sanctions, staff reads of private data, sessions. */
export type AuditAction =
  | 'user.registered'
  | 'user.role_changed'
  | 'user.private_data_viewed'
  | 'cohort.created'
  | 'cohort.members_private_viewed'
  | 'invite.issued'
  | 'member.stepped_down'
  | 'session.token_reuse_detected'
  | 'admin.bootstrapped'
  | (string & {});

export interface AuditRecord {
  actorId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string | null;
  cohortId?: string | null;
  /** Ids, reasons and outcomes only: never message bodies, emails or names. */
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly entries: AuditRepository,
    private readonly access: AccessService,
  ) {}

  /** Newest first, keyset by id. Moderators and admins read it all; clinicians their cohorts' entries. */
  async page(user: AuthUser, cursor: string | undefined, limit: number): Promise<AuditPage> {
    if (cursor !== undefined && !/^\d{1,18}$/.test(cursor)) {
      throw new DomainError('invalid', 'cursor is not valid');
    }
    const cohortIds = user.role === 'clinician' ? await this.access.ownCohortIds(user.id) : null;
    const rows = await this.entries.page(cursor ?? null, cohortIds, limit + 1);
    const page = rows.slice(0, limit);
    return {
      entries: page.map((r) => ({
        id: r.id,
        at: new Date(r.at).toISOString(),
        actor: r.actorId ? { id: r.actorId, displayName: r.actorName ?? 'former member' } : null,
        action: r.action,
        target:
          r.targetType === 'user' && r.targetId
            ? { id: r.targetId, displayName: r.targetName ?? 'former member' }
            : null,
        targetType: r.targetType,
        targetId: r.targetId,
        cohortId: r.cohortId,
        details: r.details,
      })),
      nextCursor: rows.length > limit ? page[page.length - 1].id : null,
    };
  }

  /** The latest entry of `actions` about a target, to act on what it recorded (an undo). */
  latestAbout(
    targetType: string,
    targetId: string,
    actions: AuditAction[],
    tx?: Tx,
  ): Promise<{ id: string; action: string; details: Record<string, unknown> } | undefined> {
    return this.entries.latestAbout(targetType, targetId, actions, tx);
  }

  /** Appends one entry (its id returned); pass the transaction to commit it with the change it records. */
  async record(record: AuditRecord, tx?: Tx): Promise<string> {
    return this.entries.append(
      {
        actorId: record.actorId,
        action: record.action,
        targetType: record.targetType ?? null,
        targetId: record.targetId ?? null,
        cohortId: record.cohortId ?? null,
        details: record.details ?? {},
      },
      tx,
    );
  }
}
