import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';

/** A person's blocks, for their export and their account's deletion (PERSONAL_DATA). */
@Injectable()
export class BlocksPersonalDataRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Whom they blocked, by name; who blocked them is the other person's private choice. */
  async exportFor(userId: string, tx?: Tx): Promise<Record<string, unknown[]>> {
    return {
      blocks: await (tx ?? this.transactions.outside).query(
        `SELECT u.display_name AS blocked, b.created_at FROM blocks b JOIN users u ON u.id = b.blocked_id
          WHERE b.blocker_id = $1 ORDER BY b.created_at`,
        [userId],
      ),
    };
  }

  /** Blocks either way round go: they are private links between two people. */
  async eraseFor(userId: string, tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM blocks WHERE blocker_id = $1 OR blocked_id = $1`, [userId]);
  }
}
