import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import type { ModerationStats } from '../contract';
import { StatsRepository } from './stats.repository';

/** What a clinical lead reads at a glance (GET /api/moderation/stats). */
@Injectable()
export class StatsService {
  constructor(
    private readonly counts: StatsRepository,
    private readonly access: AccessService,
  ) {}

  async stats(user: AuthUser): Promise<ModerationStats> {
    // Clinicians count in their cohorts only.
    const moderated = await this.access.moderatedCohortIds(user);
    const cohorts = moderated === 'all' ? null : moderated;
    const [alerts, m, queueByReason] = await Promise.all([
      this.counts.openAlerts(cohorts),
      this.counts.alertMedians(cohorts),
      this.counts.queueByReason(cohorts),
    ]);
    const queueSize = await this.counts.queueSize(cohorts);
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
      queueSize,
      queueByReason,
    };
  }
}
