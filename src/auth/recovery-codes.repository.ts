import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';

/** Single-use recovery codes for the second factor, stored as hashes. */
@Injectable()
export class RecoveryCodesRepository {
  constructor(private readonly transactions: Transactions) {}

  /** The user's codes become these (the old ones stop working). */
  async replace(userId: string, codeHashes: string[], tx: Tx): Promise<void> {
    await this.eraseFor(userId, tx);
    await tx.query(`INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])`, [
      userId,
      codeHashes,
    ]);
  }

  /** Uses an unused code once; false when there is none with this hash. */
  async use(userId: string, codeHash: string): Promise<boolean> {
    const [, used]: [unknown[], number] = await this.transactions.outside.query(
      `UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`,
      [userId, codeHash],
    );
    return used === 1;
  }

  async unusedCount(userId: string, tx?: Tx): Promise<number> {
    const [row]: { n: number }[] = await (tx ?? this.transactions.outside).query(
      `SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL`,
      [userId],
    );
    return row.n;
  }

  /** Removes all the user's codes (the second factor turned off, reset, or the account deleted). */
  async eraseFor(userId: string, tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
  }
}
