import { Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions';
import type { Tx } from '../database/transactions';

/** Cohorts to count in, or null for every cohort. */
type Cohorts = string[] | null;

export interface OpenAlertRow {
  id: string;
  status: string;
  escalated: boolean;
  created_at: Date;
}

/**
 * The moderation figures a clinical lead reads (StatsService). They count crisis
 * alerts as well as review items: read here, because the crisis feature builds on
 * moderation and not the other way round.
 */
@Injectable()
export class StatsRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Alerts not yet resolved: those of the cohorts, and every escalated one. */
  openAlerts(cohorts: Cohorts, tx?: Tx): Promise<OpenAlertRow[]> {
    return this.on(tx).query(
      `SELECT id, status, escalated_at IS NOT NULL AS escalated, created_at FROM crisis_alerts
        WHERE status IN ('open', 'acknowledged') AND ($1::uuid[] IS NULL OR cohort_id = ANY($1::uuid[]) OR escalated_at IS NOT NULL)
        ORDER BY created_at`,
      [cohorts],
    );
  }

  /** Median seconds to acknowledge and to resolve, over the last 7 and 30 days, and the alerts in 30 days. */
  async alertMedians(cohorts: Cohorts, tx?: Tx): Promise<Record<string, number | null>> {
    const [row]: Record<string, number | null>[] = await this.on(tx).query(
      `SELECT
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM acknowledged_at - created_at)) FILTER (WHERE created_at > now() - interval '7 days') AS ack7,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM acknowledged_at - created_at)) AS ack30,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - created_at)) FILTER (WHERE created_at > now() - interval '7 days') AS res7,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - created_at)) AS res30,
         count(*)::int AS total
       FROM crisis_alerts
      WHERE created_at > now() - interval '30 days' AND ($1::uuid[] IS NULL OR cohort_id = ANY($1::uuid[]))`,
      [cohorts],
    );
    return row ?? {};
  }

  /** Open review items by flag reason, and by automatic source (filter, crisis, peer_hide). */
  async queueByReason(cohorts: Cohorts, tx?: Tx): Promise<Record<string, number>> {
    const rows: { key: string; n: number }[] = await this.on(tx).query(
      `SELECT key, sum(n)::int AS n FROM (
         SELECT r.key, r.value::int AS n FROM review_items i, jsonb_each_text(i.reasons) r
          WHERE i.status = 'open' AND ($1::uuid[] IS NULL OR i.cohort_id = ANY($1::uuid[]))
         UNION ALL
         SELECT s, 1 FROM review_items i, unnest(i.sources) s
          WHERE i.status = 'open' AND s <> 'flag' AND ($1::uuid[] IS NULL OR i.cohort_id = ANY($1::uuid[]))
       ) x GROUP BY key`,
      [cohorts],
    );
    return Object.fromEntries(rows.map((r) => [r.key, r.n]));
  }

  async queueSize(cohorts: Cohorts, tx?: Tx): Promise<number> {
    const [{ count }]: { count: number }[] = await this.on(tx).query(
      `SELECT count(*)::int AS count FROM review_items WHERE status = 'open' AND ($1::uuid[] IS NULL OR cohort_id = ANY($1::uuid[]))`,
      [cohorts],
    );
    return count;
  }

  private on(tx: Tx | undefined): Tx {
    return tx ?? this.transactions.outside;
  }
}
