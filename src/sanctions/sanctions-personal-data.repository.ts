import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';

/** The sanctions on a person, for their export (PERSONAL_DATA); they stay on record after deletion. */
@Injectable()
export class SanctionsPersonalDataRepository {
  constructor(private readonly transactions: Transactions) {}

  async exportFor(userId: string, tx?: Tx): Promise<Record<string, unknown[]>> {
    return {
      sanctions: await (tx ?? this.transactions.outside).query(
        `SELECT kind, reason, starts_at, ends_at, lifted_at FROM sanctions WHERE user_id = $1 ORDER BY starts_at`,
        [userId],
      ),
    };
  }
}
