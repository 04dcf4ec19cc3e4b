import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import type { ModerationStats } from '../contract';

/** What a clinical lead reads at a glance (GET /api/moderation/stats). */
@Injectable()
export class StatsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async stats(user: AuthUser): Promise<ModerationStats> {
    const cohorts = user.role === 'clinician' ? await this.access.ownCohortIds(user.id) : null;
    const [alerts, medians, queue] = await Promise.all([
      this.dataSource.query<{ id: string; status: string; escalated: boolean; created_at: Date }[]>(
        `SELECT id, status, escalated_at IS NOT NULL AS escalated, created_at FROM crisis_alerts
          WHERE status IN ('open', 'acknowledged') AND ($1::uuid[] IS NULL OR cohort_id = ANY($1::uuid[]) OR escalated_at IS NOT NULL)
          ORDER BY created_at`,
        [cohorts],
      ),
      this.dataSource.query<Record<string, number | null>[]>(
        `SELECT
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM acknowledged_at - created_at)) FILTER (WHERE created_at > now() - interval '7 days') AS ack7,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM acknowledged_at - created_at)) AS ack30,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - created_at)) FILTER (WHERE created_at > now() - interval '7 days') AS res7,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - created_at)) AS res30,
           count(*)::int AS total
         FROM crisis_alerts
        WHERE created_at > now() - interval '30 days' AND ($1::uuid[] IS NULL OR cohort_id = ANY($1::uuid[]))`,
        [cohorts],
      ),
      this.dataSource.query<{ key: string; n: number }[]>(
        `SELECT key, sum(n)::int AS n FROM (
           SELECT r.key, r.value::int AS n FROM review_items i, jsonb_each_text(i.reasons) r
            WHERE i.status = 'open' AND ($1::uuid[] IS NULL OR i.cohort_id = ANY($1::uuid[]))
           UNION ALL
           SELECT s, 1 FROM review_items i, unnest(i.sources) s
            WHERE i.status = 'open' AND s <> 'flag' AND ($1::uuid[] IS NULL OR i.cohort_id = ANY($1::uuid[]))
         ) x GROUP BY key`,
        [cohorts],
      ),
    ]);
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM review_items WHERE status = 'open' AND ($1::uuid[] IS NULL OR cohort_id = ANY($1::uuid[]))`,
      [cohorts],
    );
    const m = medians[0] ?? {};
    const round = (v: number | null | undefined): number | null =>
      v === null || v === undefined ? null : Math.round(Number(v));
    return {
      openAlerts: alerts.map((a) => ({
        id: a.id,
        status: a.status,
        escalated: a.escalated,
        createdAt: a.created_at.toISOString(),
        ageSeconds: Math.round((Date.now() - a.created_at.getTime()) / 1000),
      })),
      timeToAcknowledge: { last7Days: round(m.ack7), last30Days: round(m.ack30) },
      timeToResolve: { last7Days: round(m.res7), last30Days: round(m.res30) },
      alertsLast30Days: Number(m.total ?? 0),
      queueSize: count,
      queueByReason: Object.fromEntries(queue.map((q) => [q.key, q.n])),
    };
  }
}
