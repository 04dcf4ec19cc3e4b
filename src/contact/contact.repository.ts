import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';
import type { Role } from '../contract';

/** What decides how a viewer stands to a person. */
export interface PersonFacts {
  role: Role;
  status: string;
  /** An active member of at least one cohort. */
  inCohort: boolean;
  /** The viewer facilitates a cohort the person is an active member of. */
  facilitatedByViewer: boolean;
}

/** An alert about the person, as far as paging goes. */
export interface AlertPaging {
  cohortId: string | null;
  status: 'open' | 'acknowledged' | 'resolved';
  escalated: boolean;
  acknowledgedBy: string | null;
}

export interface StoredContact {
  phone: string;
  updatedAt: Date;
}

/** The contact phone the program keeps on file, and who stands how to its owner. */
@Injectable()
export class ContactRepository {
  constructor(private readonly transactions: Transactions) {}

  async person(personId: string, viewerId: string): Promise<PersonFacts | undefined> {
    const [row] = await this.transactions.outside.query<
      { role: Role; status: string; in_cohort: boolean; facilitated_by_viewer: boolean }[]
    >(
      `SELECT u.role, u.status,
              EXISTS (SELECT 1 FROM cohort_memberships m
                       WHERE m.user_id = u.id AND m.kind = 'member' AND m.left_at IS NULL) AS in_cohort,
              EXISTS (SELECT 1 FROM cohort_memberships m
                        JOIN cohort_memberships f ON f.cohort_id = m.cohort_id
                       WHERE m.user_id = u.id AND m.kind = 'member' AND m.left_at IS NULL
                         AND f.user_id = $2 AND f.kind = 'facilitator' AND f.left_at IS NULL) AS facilitated_by_viewer
         FROM users u WHERE u.id = $1`,
      [personId, viewerId],
    );
    return row
      ? { role: row.role, status: row.status, inCohort: row.in_cohort, facilitatedByViewer: row.facilitated_by_viewer }
      : undefined;
  }

  async alertAbout(alertId: string, personId: string): Promise<AlertPaging | undefined> {
    const [row] = await this.transactions.outside.query<
      { cohort_id: string | null; status: AlertPaging['status']; escalated: boolean; acknowledged_by: string | null }[]
    >(
      `SELECT cohort_id, status, escalated_at IS NOT NULL AS escalated, acknowledged_by
         FROM crisis_alerts WHERE id = $1 AND author_id = $2`,
      [alertId, personId],
    );
    return row
      ? { cohortId: row.cohort_id, status: row.status, escalated: row.escalated, acknowledgedBy: row.acknowledged_by }
      : undefined;
  }

  async find(personId: string): Promise<StoredContact | undefined> {
    const [row] = await this.transactions.outside.query<{ phone: string; updated_at: Date }[]>(
      `SELECT phone, updated_at FROM contact_details WHERE user_id = $1`,
      [personId],
    );
    return row ? { phone: row.phone, updatedAt: row.updated_at } : undefined;
  }

  async save(personId: string, phone: string, tx: Tx): Promise<void> {
    await tx.query(
      `INSERT INTO contact_details (user_id, phone) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET phone = EXCLUDED.phone, updated_at = now()`,
      [personId, phone],
    );
  }

  async clear(personId: string, tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM contact_details WHERE user_id = $1`, [personId]);
  }

  async exportFor(personId: string, tx?: Tx): Promise<Record<string, unknown[]>> {
    return {
      contact: await (tx ?? this.transactions.outside).query(
        `SELECT phone, updated_at FROM contact_details WHERE user_id = $1`,
        [personId],
      ),
    };
  }

  eraseFor(personId: string, tx: Tx): Promise<void> {
    return this.clear(personId, tx);
  }
}
