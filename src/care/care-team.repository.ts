import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';

/**
 * SQL: staff member `staff` (an active user row alias) is on the care team of
 * person `person` (a uuid expression), given the alumni care team `alumniTeam`
 * (a uuid[] expression): an admin; a clinician facilitating a cohort the person
 * is an active member of; for alumni (who have no cohort) a member of the
 * program's alumni care team. One definition for every query that needs it.
 */
export function onCareTeamSql(staff: string, person: string, alumniTeam: string): string {
  return `(${staff}.role = 'admin'
    OR (${staff}.role = 'clinician' AND EXISTS (
          SELECT 1 FROM cohort_memberships f
            JOIN cohort_memberships m ON m.cohort_id = f.cohort_id
           WHERE f.user_id = ${staff}.id AND f.kind = 'facilitator' AND f.left_at IS NULL
             AND m.user_id = ${person} AND m.kind = 'member' AND m.left_at IS NULL))
    OR (${staff}.id = ANY(${alumniTeam}) AND ${staff}.role IN ('clinician', 'admin') AND EXISTS (
          SELECT 1 FROM users p WHERE p.id = ${person} AND p.role IN ('alumni', 'peer_mentor'))))`;
}

/** Who looks after a person between sessions (PRODUCT.md, Care and check-ins). */
@Injectable()
export class CareTeamRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Active staff on the person's care team. */
  async members(
    personId: string,
    alumniCareTeam: readonly string[],
    tx: Tx = this.transactions.outside,
  ): Promise<string[]> {
    const rows = await tx.query<{ id: string }[]>(
      `SELECT u.id FROM users u
        WHERE u.status = 'active' AND ${onCareTeamSql('u', '$1::uuid', '$2::uuid[]')}
        ORDER BY u.id`,
      [personId, alumniCareTeam],
    );
    return rows.map((r) => r.id);
  }

  /** The room of the person's care line, or null when none was opened (issue 17; the alert opens the situation). */
  async careLineOf(personId: string, tx: Tx = this.transactions.outside): Promise<string | null> {
    const rows = await tx.query<{ room_id: string }[]>(`SELECT room_id FROM care_lines WHERE member_id = $1`, [
      personId,
    ]);
    return rows[0]?.room_id ?? null;
  }

  /** The cohorts the person is an active member of, oldest membership first. */
  async activeCohortIds(personId: string, tx: Tx = this.transactions.outside): Promise<string[]> {
    const rows = await tx.query<{ cohort_id: string }[]>(
      `SELECT cohort_id FROM cohort_memberships
        WHERE user_id = $1 AND kind = 'member' AND left_at IS NULL ORDER BY joined_at`,
      [personId],
    );
    return rows.map((r) => r.cohort_id);
  }
}
