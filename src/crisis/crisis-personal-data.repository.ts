import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';

/** The crisis alerts about a person's words, for their export (PERSONAL_DATA). */
@Injectable()
export class CrisisPersonalDataRepository {
  constructor(private readonly transactions: Transactions) {}

  async exportFor(userId: string, tx?: Tx): Promise<Record<string, unknown[]>> {
    return {
      crisisAlerts: await (tx ?? this.transactions.outside).query(
        `SELECT categories, status, created_at, acknowledged_at, resolved_at, outcome, note
           FROM crisis_alerts WHERE author_id = $1 ORDER BY created_at`,
        [userId],
      ),
    };
  }
}
