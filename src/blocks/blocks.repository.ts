import { Injectable } from '@nestjs/common';
import { prepared } from '../database/prepared';
import { Transactions } from '../database/transactions';
import type { Tx } from '../database/transactions';

/**
 * The blocks table's SQL. Chat's send statement embeds `separatedFromSql` to
 * learn, in the same round trip, whom not to broadcast to (rooms/messages.repository.ts,
 * rooms/rooms.repository.ts); who counts as separated is decided here only.
 */

/** The ids of everyone separated from the user in `userParam` by a block, either way round. */
export const separatedFromSql = (userParam: string): string =>
  `SELECT blocked_id AS id FROM blocks WHERE blocker_id = ${userParam} UNION SELECT blocker_id FROM blocks WHERE blocked_id = ${userParam}`;

const SEPARATED_FROM = prepared(separatedFromSql('$1'));

export interface BlockRecord {
  blockedId: string;
  displayName: string;
  since: Date;
}

@Injectable()
export class BlocksRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Blocks (once: blocking again keeps the first date) and answers since when. */
  async add(blockerId: string, blockedId: string, tx?: Tx): Promise<Date> {
    const added: { created_at: Date }[] = await this.on(tx).query(
      `INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING created_at`,
      [blockerId, blockedId],
    );
    if (added[0]) {
      return added[0].created_at;
    }
    const [existing]: { created_at: Date }[] = await this.on(tx).query(
      `SELECT created_at FROM blocks WHERE blocker_id = $1 AND blocked_id = $2`,
      [blockerId, blockedId],
    );
    return existing.created_at;
  }

  async remove(blockerId: string, blockedId: string, tx?: Tx): Promise<void> {
    await this.on(tx).query(`DELETE FROM blocks WHERE blocker_id = $1 AND blocked_id = $2`, [blockerId, blockedId]);
  }

  /** The people the user blocked, newest first. */
  async blockedBy(blockerId: string, tx?: Tx): Promise<BlockRecord[]> {
    const rows: { blocked_id: string; display_name: string; created_at: Date }[] = await this.on(tx).query(
      `SELECT b.blocked_id, u.display_name, b.created_at FROM blocks b JOIN users u ON u.id = b.blocked_id
        WHERE b.blocker_id = $1 ORDER BY b.created_at DESC`,
      [blockerId],
    );
    return rows.map((r) => ({ blockedId: r.blocked_id, displayName: r.display_name, since: r.created_at }));
  }

  async separatedFrom(userId: string, tx?: Tx): Promise<string[]> {
    const rows: { id: string }[] = await this.on(tx).query(SEPARATED_FROM, [userId]);
    return rows.map((r) => r.id);
  }

  private on(tx: Tx | undefined): Tx {
    return tx ?? this.transactions.outside;
  }
}
