import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';
import type { Role } from '../contract';

/** Password reset codes staff hand over, stored only as hashes; single-use and short-lived. */
@Injectable()
export class PasswordResetsRepository {
  constructor(private readonly transactions: Transactions) {}

  /** The person and how the issuer stands to them: a clinician of a cohort the person is an active member of. */
  async person(
    personId: string,
    issuerId: string,
  ): Promise<{ role: Role; status: string; careTeam: boolean } | undefined> {
    const [row] = await this.transactions.outside.query<{ role: Role; status: string; care_team: boolean }[]>(
      `SELECT u.role, u.status,
              EXISTS (SELECT 1 FROM cohort_memberships m
                        JOIN cohort_memberships f ON f.cohort_id = m.cohort_id
                       WHERE m.user_id = u.id AND m.kind = 'member' AND m.left_at IS NULL
                         AND f.user_id = $2 AND f.kind = 'facilitator' AND f.left_at IS NULL) AS care_team
         FROM users u WHERE u.id = $1`,
      [personId, issuerId],
    );
    return row ? { role: row.role, status: row.status, careTeam: row.care_team } : undefined;
  }

  /** A new code for the person; any earlier unused one stops working. */
  async issue(userId: string, codeHash: string, createdBy: string, expiresAt: Date, tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM password_reset_codes WHERE user_id = $1 AND used_at IS NULL`, [userId]);
    await tx.query(
      `INSERT INTO password_reset_codes (user_id, code_hash, created_by, expires_at) VALUES ($1, $2, $3, $4)`,
      [userId, codeHash, createdBy, expiresAt],
    );
  }

  /** Uses a live code once: answers whose it was, or undefined when it is unknown, used or expired. */
  async use(codeHash: string, tx: Tx): Promise<{ userId: string; codeId: string } | undefined> {
    // An UPDATE answers [rows, count] through TypeORM's PostgreSQL driver.
    const [[row]]: [{ id: string; user_id: string }[], number] = await tx.query(
      `UPDATE password_reset_codes SET used_at = now()
        WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now()
        RETURNING id, user_id`,
      [codeHash],
    );
    return row ? { userId: row.user_id, codeId: row.id } : undefined;
  }

  /** Removes the person's codes (their account deleted). */
  async eraseFor(userId: string, tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM password_reset_codes WHERE user_id = $1`, [userId]);
  }
}
