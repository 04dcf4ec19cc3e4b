import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Transactions } from '../database/transactions';
import type { Tx } from '../database/transactions';
import { Flag } from './flag.entity';
import { ReviewItem } from './review-item.entity';
import { ReviewEvent } from './review-event.entity';
import type { TargetInfo } from './targets';
import type { FlagReason, Resolution, ReviewSource } from '../contract';

export interface ItemScope {
  /** Cohorts whose items the caller may see, or 'all' (moderators, admins). */
  cohortIds: string[] | 'all';
}

export type NewFlag = Pick<
  Flag,
  'reviewItemId' | 'targetType' | 'targetId' | 'reporterId' | 'reason' | 'note' | 'weight'
>;

/** A decision about an item: resolved with one of the resolutions other than escalate. */
export interface ReviewDecision {
  by: string;
  resolution: Exclude<Resolution, 'escalate'>;
  /** Every action taken (several at once: hide + mute). */
  actions: Resolution[];
  reason: string;
}

/** Every query of the review queue: review items, their history and the flags gathered on them. */
@Injectable()
export class ReviewRepository {
  constructor(private readonly transactions: Transactions) {}

  /**
   * The open item for a target, created if needed, with this report added to it.
   * The partial unique index (one open item per target) makes concurrent first
   * reports converge on one item.
   */
  async gather(
    target: TargetInfo,
    add: { score: number; reason?: FlagReason; source: ReviewSource; urgent?: boolean },
    tx: Tx,
  ): Promise<{ item: ReviewItem; created: boolean }> {
    const rows: { id: string; created: boolean }[] = await tx.query(
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
      item: await tx.getRepository(ReviewItem).findOneByOrFail({ id: rows[0].id }),
      created: rows[0].created,
    };
  }

  /** One line of the item's history. */
  async event(
    itemId: string,
    actorId: string | null,
    action: string,
    details: Record<string, unknown>,
    tx: Tx,
  ): Promise<void> {
    await tx
      .getRepository(ReviewEvent)
      .insert({ reviewItemId: itemId, actorId, action, details: details as ReviewEvent['details'] & object });
  }

  /** A person's report on the item; a second report by them on the same target violates `flags_once`. */
  async addFlag(flag: NewFlag, tx: Tx): Promise<string> {
    const repo = tx.getRepository(Flag);
    return (await repo.save(repo.create(flag))).id;
  }

  /** The content went out of sight pending review (by score or by a peer's hide). */
  async markAutoHidden(itemId: string, tx: Tx): Promise<void> {
    await tx.query(`UPDATE review_items SET auto_hidden = true WHERE id = $1`, [itemId]);
  }

  /** The item, locked for a decision: a second reviewer waits, then sees what the first did. */
  lock(id: string, tx: Tx): Promise<ReviewItem | null> {
    return tx.getRepository(ReviewItem).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findById(id: string, tx?: Tx): Promise<ReviewItem | null> {
    return this.on(tx).getRepository(ReviewItem).findOneBy({ id });
  }

  claim(item: ReviewItem, reviewerId: string, tx: Tx): Promise<ReviewItem> {
    return tx.getRepository(ReviewItem).save(Object.assign(item, { claimedBy: reviewerId, claimedAt: new Date() }));
  }

  /** Escalated: urgent, and unclaimed so that a senior reviewer can take it. */
  escalate(item: ReviewItem, tx: Tx): Promise<ReviewItem> {
    return tx
      .getRepository(ReviewItem)
      .save(Object.assign(item, { escalatedAt: new Date(), urgent: true, claimedBy: null, claimedAt: null }));
  }

  /** Resolved; an item nobody had claimed counts as claimed by whoever resolved it. */
  resolve(item: ReviewItem, decision: ReviewDecision, tx: Tx): Promise<ReviewItem> {
    const now = new Date();
    return tx.getRepository(ReviewItem).save(
      Object.assign(item, {
        status: 'resolved',
        resolvedBy: decision.by,
        resolvedAt: now,
        resolution: decision.resolution,
        actions: decision.actions,
        resolutionReason: decision.reason,
        claimedBy: item.claimedBy ?? decision.by,
        claimedAt: item.claimedAt ?? now,
      }),
    );
  }

  /** Urgent (crisis) first, then score, then age. */
  async queue(scope: ItemScope, status: 'open' | 'resolved', limit: number, tx?: Tx): Promise<ReviewItem[]> {
    if (scope.cohortIds !== 'all' && scope.cohortIds.length === 0) {
      return [];
    }
    const qb = this.on(tx).getRepository(ReviewItem).createQueryBuilder('i').where('i.status = :status', { status });
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

  history(itemId: string, tx?: Tx): Promise<ReviewEvent[]> {
    return this.on(tx)
      .getRepository(ReviewEvent)
      .find({ where: { reviewItemId: itemId }, order: { id: 'ASC' } });
  }

  /** The flags on these items, oldest first. */
  flags(itemIds: string[], tx?: Tx): Promise<Flag[]> {
    return this.on(tx)
      .getRepository(Flag)
      .find({ where: { reviewItemId: In(itemIds) }, order: { createdAt: 'ASC' } });
  }

  async reporters(itemId: string, tx?: Tx): Promise<string[]> {
    const rows: { reporter_id: string }[] = await this.on(tx).query(
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
  aboutAuthor(authorId: string, tx?: Tx): Promise<ReviewItem[]> {
    return this.on(tx)
      .getRepository(ReviewItem)
      .find({
        where: {
          authorId,
          status: 'resolved',
          resolution: In(['hide', 'remove', 'content_warning', 'warn', 'mute', 'suspend', 'ban']),
        },
        order: { resolvedAt: 'DESC' },
        take: 200,
      });
  }

  /** A report about a member goes to their cohort's clinicians as well as to moderators: the cohort they joined first. */
  async memberCohortOf(userId: string, tx?: Tx): Promise<string | null> {
    const [membership]: { cohort_id: string }[] = await this.on(tx).query(
      `SELECT cohort_id FROM cohort_memberships WHERE user_id = $1 AND kind = 'member' AND left_at IS NULL ORDER BY joined_at LIMIT 1`,
      [userId],
    );
    return membership?.cohort_id ?? null;
  }

  private on(tx: Tx | undefined): Tx {
    return tx ?? this.transactions.outside;
  }
}
