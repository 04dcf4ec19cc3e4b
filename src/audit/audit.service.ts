import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import type { AuditPage } from '../contract';
import { DomainError } from '../common/domain-error';
import { AuditEntry } from './audit-entry.entity';

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
    @InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>,
    private readonly access: AccessService,
  ) {}

  /** Newest first, keyset by id. Moderators and admins read it all; clinicians their cohorts' entries. */
  async page(user: AuthUser, cursor: string | undefined, limit: number): Promise<AuditPage> {
    if (cursor !== undefined && !/^\d{1,18}$/.test(cursor)) {
      throw new DomainError('invalid', 'cursor is not valid');
    }
    const cohortIds = user.role === 'clinician' ? await this.access.ownCohortIds(user.id) : null;
    const rows: (AuditEntry & { actor_name: string | null })[] = await this.entries.query(
      `SELECT a.id::text AS id, a.at, a.actor_id AS "actorId", a.action, a.target_type AS "targetType", a.target_id AS "targetId",
              a.cohort_id AS "cohortId", a.details, u.display_name AS actor_name
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
        WHERE ($1::bigint IS NULL OR a.id < $1::bigint)
          AND ($2::uuid[] IS NULL OR a.cohort_id = ANY($2::uuid[]))
        ORDER BY a.id DESC LIMIT $3`,
      [cursor ?? null, cohortIds, limit + 1],
    );
    const page = rows.slice(0, limit);
    return {
      entries: page.map((r) => ({
        id: r.id,
        at: new Date(r.at).toISOString(),
        actor: r.actorId ? { id: r.actorId, displayName: r.actor_name ?? 'former member' } : null,
        action: r.action,
        targetType: r.targetType,
        targetId: r.targetId,
        cohortId: r.cohortId,
        details: r.details,
      })),
      nextCursor: rows.length > limit ? page[page.length - 1].id : null,
    };
  }

  /** Appends one entry; pass the transaction's manager to commit it with the change it records. */
  async record(record: AuditRecord, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(AuditEntry) : this.entries;
    await repo.insert({
      actorId: record.actorId,
      action: record.action,
      targetType: record.targetType ?? null,
      targetId: record.targetId ?? null,
      cohortId: record.cohortId ?? null,
      details: (record.details ?? {}) as AuditEntry['details'] & object,
    });
  }
}
