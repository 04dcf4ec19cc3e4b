import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { prepared } from '../database/prepared';
import { Transactions } from '../database/transactions';

/** One line to append; the database refuses UPDATE and DELETE on the log. */
export interface NewAuditEntry {
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  cohortId: string | null;
  details: Record<string, unknown>;
}

export interface AuditRow {
  id: string;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  /** The person an entry is about, when it is about a person. */
  targetName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  cohortId: string | null;
  details: Record<string, unknown>;
}

/** Several entries at once, in order: fixed text whatever the count, so planned once per connection. */
const APPEND_MANY = prepared(
  `INSERT INTO audit_log (actor_id, action, target_type, target_id, cohort_id, details)
   SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::jsonb[])`,
);

/** The append-only audit log. */
@Injectable()
export class AuditRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Appends; the new entry's id. */
  async append(entry: NewAuditEntry, tx?: Tx): Promise<string> {
    const [row]: { id: string }[] = await this.on(tx).query(
      `INSERT INTO audit_log (actor_id, action, target_type, target_id, cohort_id, details) VALUES ($1, $2, $3, $4, $5, $6::jsonb)
       RETURNING id::text AS id`,
      [entry.actorId, entry.action, entry.targetType, entry.targetId, entry.cohortId, JSON.stringify(entry.details)],
    );
    return row.id;
  }

  /** The latest entry of `actions` about a target (e.g. the last role change of a person). */
  async latestAbout(
    targetType: string,
    targetId: string,
    actions: string[],
    tx?: Tx,
  ): Promise<{ id: string; action: string; details: Record<string, unknown> } | undefined> {
    const [row]: { id: string; action: string; details: Record<string, unknown> }[] = await this.on(tx).query(
      `SELECT id::text AS id, action, details FROM audit_log
        WHERE target_type = $1 AND target_id = $2 AND action = ANY($3::text[])
        ORDER BY id DESC LIMIT 1`,
      [targetType, targetId, actions],
    );
    return row;
  }

  /** Several entries in one statement (e.g. a staff read of many people's records: one entry per person). */
  async appendMany(entries: readonly NewAuditEntry[], tx?: Tx): Promise<void> {
    if (entries.length === 0) {
      return;
    }
    await this.on(tx).query(APPEND_MANY, [
      entries.map((e) => e.actorId),
      entries.map((e) => e.action),
      entries.map((e) => e.targetType),
      entries.map((e) => e.targetId),
      entries.map((e) => e.cohortId),
      entries.map((e) => JSON.stringify(e.details)),
    ]);
  }

  /** Newest first, before `cursor` (an id), in `cohortIds` when given; `limit` rows at most. */
  page(cursor: string | null, cohortIds: string[] | null, limit: number): Promise<AuditRow[]> {
    return this.on().query(
      `SELECT a.id::text AS id, a.at, a.actor_id AS "actorId", u.display_name AS "actorName", a.action,
              a.target_type AS "targetType", a.target_id AS "targetId", a.cohort_id AS "cohortId", a.details,
              t.display_name AS "targetName"
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
         LEFT JOIN users t ON a.target_type = 'user' AND t.id = a.target_id
        WHERE ($1::bigint IS NULL OR a.id < $1::bigint)
          AND ($2::uuid[] IS NULL OR a.cohort_id = ANY($2::uuid[]))
        ORDER BY a.id DESC LIMIT $3`,
      [cursor, cohortIds, limit],
    );
  }

  /** Entries by or about the person, for their export (ids and actions only). */
  async exportFor(userId: string, tx?: Tx): Promise<Record<string, unknown[]>> {
    return {
      auditTrail: await this.on(tx).query(
        `SELECT at, action, target_type, target_id FROM audit_log WHERE actor_id = $1 OR target_id = $1 ORDER BY id`,
        [userId],
      ),
    };
  }

  private on(tx?: Tx): Tx {
    return tx ?? this.transactions.outside;
  }
}
