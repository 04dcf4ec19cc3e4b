import { Injectable } from '@nestjs/common';
import { UsersRepository } from '../users/users.repository';
import type { ReviewEvent } from './review-event.entity';
import type { ReviewItem } from './review-item.entity';
import { CrisisCases } from './crisis-cases';
import { ReviewRepository } from './review.repository';
import { ModerationTargets } from './targets';
import type { PersonRef, ReviewHistoryEntry, ReviewItemView } from '../contract';

/** Review items as staff see them: the target's preview, who flagged it and why. Staff only. */
@Injectable()
export class ReviewViews {
  constructor(
    private readonly review: ReviewRepository,
    private readonly users: UsersRepository,
    private readonly targets: ModerationTargets,
    private readonly crisisCases: CrisisCases,
  ) {}

  async item(item: ReviewItem): Promise<ReviewItemView> {
    return (await this.items([item]))[0];
  }

  async items(items: ReviewItem[]): Promise<ReviewItemView[]> {
    if (items.length === 0) {
      return [];
    }
    const flags = await this.review.flags(items.map((i) => i.id));
    const people = await this.people([
      ...items.flatMap((i) => [i.authorId, i.claimedBy, i.resolvedBy]),
      ...flags.map((f) => f.reporterId),
    ]);
    const alerts = await this.crisisCases.alertsOf(items.map((i) => i.id));
    const targets = await Promise.all(
      items.map((i) => this.targets.load(i.targetType, i.targetId).catch(() => undefined)),
    );
    return items.map((item, index) => {
      const target = targets[index];
      return {
        id: item.id,
        targetType: item.targetType,
        targetId: item.targetId,
        status: item.status,
        urgent: item.urgent,
        score: item.score,
        reasons: item.reasons,
        sources: item.sources,
        autoHidden: item.autoHidden,
        escalated: item.escalatedAt !== null,
        claimedBy: people(item.claimedBy),
        claimedAt: item.claimedAt?.toISOString() ?? null,
        resolvedBy: people(item.resolvedBy),
        resolvedAt: item.resolvedAt?.toISOString() ?? null,
        resolution: item.resolution,
        actions: item.actions ?? (item.resolution ? [item.resolution] : []),
        resolutionReason: item.resolutionReason,
        alert: alerts.get(item.id) ?? null,
        createdAt: item.createdAt.toISOString(),
        updatedAt: item.updatedAt.toISOString(),
        target: {
          excerpt: target?.excerpt ?? '',
          contentWarning: target?.contentWarning ?? null,
          status: target?.status ?? null,
          spaceKind: target?.spaceKind ?? item.spaceKind,
          spaceId: target?.spaceId ?? null,
          cohortId: item.cohortId,
          author: people(item.authorId),
        },
        flags: flags
          .filter((f) => f.reviewItemId === item.id)
          .map((f) => ({
            reason: f.reason,
            note: f.note,
            weight: f.weight,
            createdAt: f.createdAt.toISOString(),
            reporter: people(f.reporterId),
          })),
      };
    });
  }

  async history(events: ReviewEvent[]): Promise<ReviewHistoryEntry[]> {
    const people = await this.people(events.map((e) => e.actorId));
    return events.map((e) => ({
      action: e.action,
      actor: people(e.actorId),
      details: e.details,
      at: e.at.toISOString(),
    }));
  }

  private async people(ids: (string | null)[]): Promise<(id: string | null) => PersonRef | null> {
    const unique = [...new Set(ids.filter((id): id is string => !!id))];
    const users = await Promise.all(unique.map((id) => this.users.findById(id)));
    const byId = new Map(users.filter((u) => u !== null).map((u) => [u.id, { id: u.id, displayName: u.displayName }]));
    return (id) => (id ? (byId.get(id) ?? null) : null);
  }
}
