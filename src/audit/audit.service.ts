import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
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
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

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
