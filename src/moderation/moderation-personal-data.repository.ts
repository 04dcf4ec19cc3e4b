import { Injectable } from '@nestjs/common';
import { PURGED } from '../common/purged';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';

/** What moderation holds about a person, for their export and their account's deletion (PERSONAL_DATA). */
@Injectable()
export class ModerationPersonalDataRepository {
  constructor(private readonly transactions: Transactions) {}

  async exportFor(userId: string, tx?: Tx): Promise<Record<string, unknown[]>> {
    const db = tx ?? this.transactions.outside;
    return {
      moderationDecisions: await db.query(
        `SELECT target_type, target_id, status, resolution, resolution_reason, resolved_at, created_at
           FROM review_items WHERE author_id = $1 ORDER BY created_at`,
        [userId],
      ),
      reportsFiled: await db.query(
        `SELECT target_type, target_id, reason, note, created_at FROM flags WHERE reporter_id = $1 ORDER BY created_at`,
        [userId],
      ),
      appeals: await db.query(
        `SELECT text, status, decision_reason, created_at, decided_at FROM appeals WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      ),
    };
  }

  /** Their reports stay (they weigh in review), without the notes they wrote. */
  async eraseFor(userId: string, tx: Tx): Promise<void> {
    await tx.query(`UPDATE flags SET note = NULL WHERE reporter_id = $1`, [userId]);
  }

  async purgeFor(userId: string, tx: Tx): Promise<void> {
    await tx.query(`UPDATE appeals SET text = $2 WHERE user_id = $1`, [userId, PURGED]);
  }
}
