import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';
import { onCareTeamSql } from './care-team.repository';
import type { ConcernOutcome, ConcernSource, ConcernStatus } from '../contract';

export interface ConcernRecord {
  id: string;
  personId: string;
  personName: string;
  cohortId: string | null;
  cohortName: string | null;
  source: ConcernSource;
  targetId: string | null;
  categories: string[];
  rule: string | null;
  details: Record<string, unknown>;
  status: ConcernStatus;
  takenBy: { id: string; displayName: string } | null;
  takenAt: Date | null;
  resolvedBy: { id: string; displayName: string } | null;
  resolvedAt: Date | null;
  outcome: ConcernOutcome | null;
  note: string | null;
  createdAt: Date;
  adminsDueAt: Date;
  adminsToldAt: Date | null;
}

export interface NewConcern {
  personId: string;
  cohortId: string | null;
  source: ConcernSource;
  targetId: string | null;
  categories: readonly string[];
  rule: string | null;
  details: Record<string, unknown>;
  adminsDueAt: Date;
}

interface ConcernRow {
  id: string;
  person_id: string;
  person_name: string;
  cohort_id: string | null;
  cohort_name: string | null;
  source: ConcernSource;
  target_id: string | null;
  categories: string[];
  rule: string | null;
  details: Record<string, unknown>;
  status: ConcernStatus;
  taken_by: string | null;
  taken_by_name: string | null;
  taken_at: Date | null;
  resolved_by: string | null;
  resolved_by_name: string | null;
  resolved_at: Date | null;
  outcome: ConcernOutcome | null;
  note: string | null;
  created_at: Date;
  admins_due_at: Date;
  admins_told_at: Date | null;
}

const SELECT = `SELECT c.*, p.display_name AS person_name, co.name AS cohort_name,
       t.display_name AS taken_by_name, r.display_name AS resolved_by_name
  FROM care_concerns c
  JOIN users p ON p.id = c.person_id
  LEFT JOIN cohorts co ON co.id = c.cohort_id
  LEFT JOIN users t ON t.id = c.taken_by
  LEFT JOIN users r ON r.id = c.resolved_by`;

function record(row: ConcernRow): ConcernRecord {
  const person = (id: string | null, name: string | null) => (id ? { id, displayName: name ?? '' } : null);
  return {
    id: row.id,
    personId: row.person_id,
    personName: row.person_name,
    cohortId: row.cohort_id,
    cohortName: row.cohort_name,
    source: row.source,
    targetId: row.target_id,
    categories: row.categories,
    rule: row.rule,
    details: row.details,
    status: row.status,
    takenBy: person(row.taken_by, row.taken_by_name),
    takenAt: row.taken_at,
    resolvedBy: person(row.resolved_by, row.resolved_by_name),
    resolvedAt: row.resolved_at,
    outcome: row.outcome,
    note: row.note,
    createdAt: row.created_at,
    adminsDueAt: row.admins_due_at,
    adminsToldAt: row.admins_told_at,
  };
}

/** The care team's wellbeing items (table care_concerns). */
@Injectable()
export class ConcernsRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Stores a concern unless one about the same content is still open; answers the new one's id. */
  async insert(concern: NewConcern, tx: Tx): Promise<string | undefined> {
    const rows = await tx.query<{ id: string }[]>(
      `INSERT INTO care_concerns (person_id, cohort_id, source, target_id, categories, rule, details, admins_due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (source, target_id) WHERE status <> 'resolved' AND target_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        concern.personId,
        concern.cohortId,
        concern.source,
        concern.targetId,
        concern.categories,
        concern.rule,
        concern.details,
        concern.adminsDueAt,
      ],
    );
    return rows[0]?.id;
  }

  async find(id: string, tx: Tx = this.transactions.outside): Promise<ConcernRecord | undefined> {
    const rows = await tx.query<ConcernRow[]>(`${SELECT} WHERE c.id = $1`, [id]);
    return rows[0] ? record(rows[0]) : undefined;
  }

  /** Locks the concern's row for a change; answers it as it is now. */
  async lock(id: string, tx: Tx): Promise<ConcernRecord | undefined> {
    await tx.query(`SELECT 1 FROM care_concerns WHERE id = $1 FOR UPDATE`, [id]);
    return this.find(id, tx);
  }

  /** Newest first: the concerns about people on whose care team `viewerId` is (see onCareTeamSql). */
  async listFor(
    viewerId: string,
    alumniCareTeam: readonly string[],
    statuses: readonly ConcernStatus[],
    limit: number,
  ): Promise<ConcernRecord[]> {
    const rows = await this.transactions.outside.query<ConcernRow[]>(
      `${SELECT}
        JOIN users v ON v.id = $1 AND v.status = 'active'
       WHERE c.status = ANY($3::text[]) AND ${onCareTeamSql('v', 'c.person_id', '$2::uuid[]')}
       ORDER BY c.created_at DESC LIMIT $4`,
      [viewerId, alumniCareTeam, statuses, limit],
    );
    return rows.map(record);
  }

  /** A person's concerns, newest first (for the situation around an alert). */
  async forPerson(personId: string, limit: number): Promise<ConcernRecord[]> {
    const rows = await this.transactions.outside.query<ConcernRow[]>(
      `${SELECT} WHERE c.person_id = $1 ORDER BY c.created_at DESC LIMIT $2`,
      [personId, limit],
    );
    return rows.map(record);
  }

  async take(id: string, staffId: string, tx: Tx): Promise<void> {
    await tx.query(`UPDATE care_concerns SET status = 'taken', taken_by = $2, taken_at = now() WHERE id = $1`, [
      id,
      staffId,
    ]);
  }

  async resolve(id: string, staffId: string, outcome: ConcernOutcome, note: string, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE care_concerns
          SET status = 'resolved', resolved_by = $2, resolved_at = now(), outcome = $3, note = $4,
              taken_by = coalesce(taken_by, $2), taken_at = coalesce(taken_at, now())
        WHERE id = $1`,
      [id, staffId, outcome, note],
    );
  }

  /**
   * Marks concerns nobody took in time as told to the admins and answers them.
   * SKIP LOCKED lets every node run this and each concern be told once.
   */
  async markAdminsDue(tx: Tx): Promise<string[]> {
    const rows = await tx.query<{ id: string }[]>(
      // As a CTE: TypeORM answers a bare UPDATE … RETURNING as [rows, count].
      `WITH told AS (
         UPDATE care_concerns SET admins_told_at = now()
          WHERE id IN (SELECT id FROM care_concerns
                        WHERE status = 'open' AND admins_told_at IS NULL AND admins_due_at <= now()
                        ORDER BY admins_due_at LIMIT 100 FOR UPDATE SKIP LOCKED)
          RETURNING id)
       SELECT id FROM told`,
    );
    return rows.map((r) => r.id);
  }

  /** The concerns raised about the person, for their export. */
  async exportFor(personId: string, tx: Tx = this.transactions.outside): Promise<Record<string, unknown[]>> {
    return {
      careConcerns: await tx.query(
        `SELECT source, categories, rule, status, created_at, resolved_at, outcome, note
           FROM care_concerns WHERE person_id = $1 ORDER BY created_at`,
        [personId],
      ),
    };
  }

  async eraseFor(personId: string, tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM care_concerns WHERE person_id = $1`, [personId]);
  }
}
