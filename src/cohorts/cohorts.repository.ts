import { Injectable } from '@nestjs/common';
import { CohortRelations } from '../access/cohort-relations';
import type { CohortRelation } from '../access/policy';
import { prepared } from '../database/prepared';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';
import type { CohortMemberView, CohortView, MembershipKind, Role } from '../contract';

export interface NewCohort {
  name: string;
  program?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  createdBy?: string | null;
}

/** A cohort as listed, before its spaces are added (CohortSpaces). */
export type CohortRecord = Omit<CohortView, 'roomId' | 'boardId'>;

interface CohortRow {
  id: string;
  name: string;
  program: string | null;
  starts_on: string | null;
  ends_on: string | null;
  created_at: Date;
  member_count: string;
  membership: MembershipKind | null;
}

/** Asked by access on most cohort-scoped requests: planned once per connection. */
const RELATION = prepared(
  `SELECT kind FROM cohort_memberships WHERE user_id = $1 AND cohort_id = $2 AND left_at IS NULL`,
);

/** Cohorts and their memberships; answers access's questions about membership (CohortRelations). */
@Injectable()
export class CohortsRepository implements CohortRelations {
  constructor(private readonly transactions: Transactions) {}

  async relationTo(userId: string, cohortId: string): Promise<CohortRelation> {
    const [row] = await this.transactions.outside.query<{ kind: MembershipKind }[]>(RELATION, [userId, cohortId]);
    return row?.kind ?? 'none';
  }

  async ownCohortIds(userId: string): Promise<string[]> {
    const rows = await this.transactions.outside.query<{ cohort_id: string }[]>(
      `SELECT cohort_id FROM cohort_memberships WHERE user_id = $1 AND left_at IS NULL`,
      [userId],
    );
    return rows.map((r) => r.cohort_id);
  }

  async create(cohort: NewCohort, tx: Tx): Promise<{ id: string; name: string }> {
    const [row]: { id: string; name: string }[] = await tx.query(
      `INSERT INTO cohorts (name, program, starts_on, ends_on, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id, name`,
      [cohort.name, cohort.program ?? null, cohort.startsOn ?? null, cohort.endsOn ?? null, cohort.createdBy ?? null],
    );
    return row;
  }

  async find(id: string, tx?: Tx): Promise<{ id: string; name: string } | null> {
    const [row]: { id: string; name: string }[] = await this.on(tx).query(
      `SELECT id, name FROM cohorts WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  async exists(id: string, tx?: Tx): Promise<boolean> {
    return (await this.find(id, tx)) !== null;
  }

  /** Cohorts in `ids` (or all), with the viewer's membership and active member counts. */
  async list(viewerId: string, ids: string[] | 'all'): Promise<CohortRecord[]> {
    if (ids !== 'all' && ids.length === 0) {
      return [];
    }
    const rows: CohortRow[] = await this.on().query(
      `SELECT c.id, c.name, c.program, c.starts_on::text, c.ends_on::text, c.created_at,
              (SELECT count(*) FROM cohort_memberships m WHERE m.cohort_id = c.id AND m.kind = 'member' AND m.left_at IS NULL) AS member_count,
              (SELECT m.kind FROM cohort_memberships m WHERE m.cohort_id = c.id AND m.user_id = $1 AND m.left_at IS NULL) AS membership
         FROM cohorts c
        WHERE $2::uuid[] IS NULL OR c.id = ANY($2::uuid[])
        ORDER BY c.created_at DESC, c.id`,
      [viewerId, ids === 'all' ? null : ids],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      program: r.program,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      createdAt: r.created_at.toISOString(),
      memberCount: Number(r.member_count),
      membership: r.membership,
    }));
  }

  /** Active members and facilitators; private details only when asked for. */
  async members(cohortId: string, withPrivate: boolean): Promise<CohortMemberView[]> {
    const rows: {
      id: string;
      display_name: string;
      role: Role;
      kind: MembershipKind;
      joined_at: Date;
      email: string;
      legal_name: string | null;
    }[] = await this.on().query(
      `SELECT u.id, u.display_name, u.role, m.kind, m.joined_at, u.email, u.legal_name
           FROM cohort_memberships m JOIN users u ON u.id = m.user_id
          WHERE m.cohort_id = $1 AND m.left_at IS NULL AND u.status <> 'deleted'
          ORDER BY m.kind DESC, lower(u.display_name)`,
      [cohortId],
    );
    return rows.map((r) => ({
      id: r.id,
      displayName: r.display_name,
      role: r.role,
      membership: r.kind,
      joinedAt: r.joined_at.toISOString(),
      ...(withPrivate ? { email: r.email, legalName: r.legal_name } : {}),
    }));
  }

  /** The person's membership of the cohort, locked, if they have not left it. */
  async lockActiveMembership(cohortId: string, userId: string, tx: Tx): Promise<{ kind: MembershipKind } | null> {
    const [row]: { kind: MembershipKind; left_at: Date | null }[] = await tx.query(
      `SELECT kind, left_at FROM cohort_memberships WHERE cohort_id = $1 AND user_id = $2 FOR UPDATE`,
      [cohortId, userId],
    );
    return row && row.left_at === null ? { kind: row.kind } : null;
  }

  /** A step-down: the person leaves the cohort. */
  async leave(cohortId: string, userId: string, by: string, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE cohort_memberships SET left_at = now(), left_reason = 'step_down', left_by = $3
        WHERE cohort_id = $1 AND user_id = $2`,
      [cohortId, userId, by],
    );
  }

  /** The person steps down from every cohort they are an active member of (not those they facilitate). */
  /** Leaves every active member cohort; the ids of the cohorts left. */
  async leaveAllAsMember(userId: string, by: string, tx: Tx): Promise<string[]> {
    const [rows]: [{ cohort_id: string }[], number] = await tx.query(
      `UPDATE cohort_memberships SET left_at = now(), left_reason = 'step_down', left_by = $2
        WHERE user_id = $1 AND kind = 'member' AND left_at IS NULL
        RETURNING cohort_id`,
      [userId, by],
    );
    return rows.map((r) => r.cohort_id);
  }

  /** Back in cohorts they had left as a member (an undone role change), keeping when they first joined. */
  async rejoinAsMember(userId: string, cohortIds: string[], tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE cohort_memberships SET left_at = NULL, left_reason = NULL, left_by = NULL
        WHERE user_id = $1 AND cohort_id = ANY($2::uuid[]) AND kind = 'member' AND left_at IS NOT NULL`,
      [userId, cohortIds],
    );
  }

  async activeMemberCohortCount(userId: string, tx?: Tx): Promise<number> {
    const [row]: { n: number }[] = await this.on(tx).query(
      `SELECT count(*)::int AS n FROM cohort_memberships WHERE user_id = $1 AND kind = 'member' AND left_at IS NULL`,
      [userId],
    );
    return row.n;
  }

  /** Joins the person to the cohort (again, if they had left it). */
  async addMember(cohortId: string, userId: string, kind: MembershipKind, tx: Tx): Promise<void> {
    await tx.query(
      `INSERT INTO cohort_memberships (cohort_id, user_id, kind, joined_at, left_at, left_reason, left_by)
       VALUES ($1, $2, $3, now(), NULL, NULL, NULL)
       ON CONFLICT (cohort_id, user_id) DO UPDATE
         SET kind = EXCLUDED.kind, joined_at = EXCLUDED.joined_at, left_at = NULL, left_reason = NULL, left_by = NULL`,
      [cohortId, userId, kind],
    );
  }

  /** The person's groups, for their export. */
  async exportFor(userId: string, tx?: Tx): Promise<Record<string, unknown[]>> {
    return {
      groups: await this.on(tx).query(
        `SELECT c.name, m.kind, m.joined_at, m.left_at, m.left_reason
           FROM cohort_memberships m JOIN cohorts c ON c.id = m.cohort_id WHERE m.user_id = $1 ORDER BY m.joined_at`,
        [userId],
      ),
    };
  }

  /** A deleted account leaves every cohort it is in. */
  async eraseFor(userId: string, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE cohort_memberships SET left_at = now(), left_reason = 'account_deleted' WHERE user_id = $1 AND left_at IS NULL`,
      [userId],
    );
  }

  private on(tx?: Tx): Tx {
    return tx ?? this.transactions.outside;
  }
}
