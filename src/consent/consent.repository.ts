import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';
import type { TermsAudience } from '../contract';

/** Acceptances of the terms, kept as the record of consent. */
@Injectable()
export class ConsentRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Records an acceptance of `version` (idempotent). */
  async accept(userId: string, audience: TermsAudience, version: string, tx?: Tx): Promise<void> {
    await this.on(tx).query(
      `INSERT INTO consents (user_id, audience, version) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [userId, audience, version],
    );
  }

  async hasAccepted(userId: string, audience: TermsAudience, version: string, tx?: Tx): Promise<boolean> {
    const rows: unknown[] = await this.on(tx).query(
      `SELECT 1 FROM consents WHERE user_id = $1 AND audience = $2 AND version = $3`,
      [userId, audience, version],
    );
    return rows.length > 0;
  }

  async exportFor(userId: string, tx?: Tx): Promise<Record<string, unknown[]>> {
    return {
      consents: await this.on(tx).query(
        `SELECT audience, version, accepted_at FROM consents WHERE user_id = $1 ORDER BY accepted_at`,
        [userId],
      ),
    };
  }

  private on(tx?: Tx): Tx {
    return tx ?? this.transactions.outside;
  }
}
