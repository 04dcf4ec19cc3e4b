import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { ReviewItem } from './review-item.entity';
import { ReviewEvent } from './review-event.entity';
import type { TargetInfo } from './targets';
import type { FlagReason, ReviewSource } from '../contract';

export interface ItemScope {
  /** Cohorts whose items the caller may see, or 'all' (moderators, admins). */
  cohortIds: string[] | 'all';
}

/** Every query of the review queue. */
@Injectable()
export class ReviewRepository {
  constructor(@InjectRepository(ReviewItem) private readonly items: Repository<ReviewItem>) {}

  /**
   * The open item for a target, created if needed, with this report added to it.
   * The partial unique index (one open item per target) makes concurrent first
   * reports converge on one item.
   */
  async gather(
    manager: EntityManager,
    target: TargetInfo,
    add: { score: number; reason?: FlagReason; source: ReviewSource; urgent?: boolean },
  ): Promise<{ item: ReviewItem; created: boolean }> {
    const rows: { id: string; created: boolean }[] = await manager.query(
      `INSERT INTO review_items (target_type, target_id, author_id, cohort_id, space_kind, score, reasons, sources, urgent)
       VALUES ($1, $2, $3, $4, $5, $6,
               CASE WHEN $7::text IS NULL THEN '{}'::jsonb ELSE jsonb_build_object($7::text, 1) END,
               ARRAY[$8::text], $9)
       ON CONFLICT (target_type, target_id) WHERE status = 'open' DO UPDATE SET
         score = review_items.score + EXCLUDED.score,
         reasons = CASE WHEN $7::text IS NULL THEN review_items.reasons
                        ELSE review_items.reasons || jsonb_build_object($7::text, coalesce((review_items.reasons ->> $7::text)::int, 0) + 1) END,
         sources = CASE WHEN $8::text = ANY(review_items.sources) THEN review_items.sources ELSE review_items.sources || $8::text END,
         urgent = review_items.urgent OR EXCLUDED.urgent,
         updated_at = now()
       RETURNING id, (xmax = 0) AS created`,
      [
        target.type,
        target.id,
        target.authorId,
        target.cohortId,
        target.spaceKind,
        add.score,
        add.reason ?? null,
        add.source,
        add.urgent ?? false,
      ],
    );
    return {
      item: await manager.getRepository(ReviewItem).findOneByOrFail({ id: rows[0].id }),
      created: rows[0].created,
    };
  }

  async event(
    manager: EntityManager,
    itemId: string,
    actorId: string | null,
    action: string,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await manager
      .getRepository(ReviewEvent)
      .insert({ reviewItemId: itemId, actorId, action, details: details as ReviewEvent['details'] & object });
  }

  async lock(manager: EntityManager, id: string): Promise<ReviewItem | null> {
    return manager.getRepository(ReviewItem).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findById(id: string): Promise<ReviewItem | null> {
    return this.items.findOneBy({ id });
  }

  /** Urgent (crisis) first, then score, then age. */
  async queue(scope: ItemScope, status: 'open' | 'resolved', limit: number): Promise<ReviewItem[]> {
    if (scope.cohortIds !== 'all' && scope.cohortIds.length === 0) {
      return [];
    }
    const qb = this.items.createQueryBuilder('i').where('i.status = :status', { status });
    if (scope.cohortIds !== 'all') {
      qb.andWhere('i.cohort_id IN (:...ids)', { ids: scope.cohortIds });
    }
    if (status === 'open') {
      qb.orderBy('i.urgent', 'DESC').addOrderBy('i.score', 'DESC').addOrderBy('i.created_at', 'ASC');
    } else {
      qb.orderBy('i.resolved_at', 'DESC');
    }
    return qb.limit(limit).getMany();
  }

  history(itemId: string): Promise<ReviewEvent[]> {
    return this.items.manager
      .getRepository(ReviewEvent)
      .find({ where: { reviewItemId: itemId }, order: { id: 'ASC' } });
  }

  async reporters(manager: EntityManager, itemId: string): Promise<string[]> {
    const rows: { reporter_id: string }[] = await manager.query(
      `SELECT DISTINCT reporter_id FROM flags WHERE review_item_id = $1 AND reporter_id IS NOT NULL`,
      [itemId],
    );
    return rows.map((r) => r.reporter_id);
  }

  /**
   * Decisions about the user's content (hide, remove, content warning): their
   * moderation history. Decisions about the person (warn, mute, suspend, ban) are
   * their sanctions, listed and appealed as such.
   */
  aboutAuthor(authorId: string): Promise<ReviewItem[]> {
    return this.items.find({
      where: {
        authorId,
        status: 'resolved',
        resolution: In(['hide', 'remove', 'content_warning', 'warn', 'mute', 'suspend', 'ban']),
      },
      order: { resolvedAt: 'DESC' },
      take: 200,
    });
  }
}
