import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Who is staff for what: the recipients of alerts and review items. */
@Injectable()
export class StaffRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Staff who look after a cohort's spaces (its facilitating clinicians, all moderators and admins); for other spaces, all staff. */
  async responsibleFor(cohortId: string | null, options: { onDutyOnly: boolean }): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT u.id FROM users u
        WHERE u.status = 'active'
          AND ($2::boolean = false OR u.on_duty)
          AND (u.role IN ('moderator', 'admin')
               OR (u.role = 'clinician' AND ($1::uuid IS NULL OR EXISTS (
                     SELECT 1 FROM cohort_memberships m
                      WHERE m.user_id = u.id AND m.cohort_id = $1 AND m.kind = 'facilitator' AND m.left_at IS NULL))))`,
      [cohortId, options.onDutyOnly],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Staff who may act on a review item: moderators and admins, and for a cohort's item its facilitating
   * clinicians; `moderators: false` for a care line's item (the policy's reviewsSpace).
   */
  async reviewersFor(
    cohortId: string | null,
    options: { moderators: boolean } = { moderators: true },
  ): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT u.id FROM users u
        WHERE u.status = 'active'
          AND (u.role = 'admin' OR (u.role = 'moderator' AND $2::boolean)
               OR (u.role = 'clinician' AND $1::uuid IS NOT NULL AND EXISTS (
                     SELECT 1 FROM cohort_memberships m
                      WHERE m.user_id = u.id AND m.cohort_id = $1 AND m.kind = 'facilitator' AND m.left_at IS NULL)))`,
      [cohortId, options.moderators],
    );
    return rows.map((r) => r.id);
  }

  /** Everyone an unacknowledged crisis alert escalates to. */
  async cliniciansAndAdmins(): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM users WHERE status = 'active' AND role IN ('clinician', 'admin')`,
    );
    return rows.map((r) => r.id);
  }

  async setDuty(userId: string, onDuty: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE users SET on_duty = $2, on_duty_since = CASE WHEN $2 THEN COALESCE(on_duty_since, now()) ELSE NULL END WHERE id = $1`,
      [userId, onDuty],
    );
  }

  /** On-duty staff who look after any of these cohorts (or, for none, anyone on duty). */
  async onDutyFor(cohortIds: string[]): Promise<{ id: string; displayName: string; role: string; since: Date }[]> {
    return this.dataSource.query(
      `SELECT u.id, u.display_name AS "displayName", u.role, u.on_duty_since AS since FROM users u
        WHERE u.status = 'active' AND u.on_duty AND u.role IN ('clinician', 'moderator', 'admin')
          AND (u.role <> 'clinician' OR cardinality($1::uuid[]) = 0 OR EXISTS (
                SELECT 1 FROM cohort_memberships m
                 WHERE m.user_id = u.id AND m.cohort_id = ANY($1::uuid[]) AND m.kind = 'facilitator' AND m.left_at IS NULL))
        ORDER BY u.on_duty_since`,
      [cohortIds],
    );
  }

  async isOnDuty(userId: string): Promise<boolean> {
    const [row] = await this.dataSource.query<{ on_duty: boolean }[]>(`SELECT on_duty FROM users WHERE id = $1`, [
      userId,
    ]);
    return row?.on_duty ?? false;
  }
}
