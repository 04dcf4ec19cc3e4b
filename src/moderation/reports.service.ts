import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { isStaff } from '../access/policy';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation } from '../common/database-errors';
import { DomainError } from '../common/domain-error';
import { RateLimiter } from '../common/rate-limiter';
import type { Env } from '../config/env';
import { Transactions } from '../database/transactions';
import type { Tx } from '../database/transactions';
import { ModerationNotices } from './moderation-notices';
import type { CreateFlagDto } from './moderation.dto';
import type { ReviewItem } from './review-item.entity';
import { ReviewRepository } from './review.repository';
import { ModerationTargets, TargetChange } from './targets';

const FLAGS_PER_DAY = 20;

/**
 * What the community sends to the review queue (review.service.ts decides it): a
 * member's report (rate-limited, weighted by who reports; content is hidden once
 * its reports reach AUTO_HIDE_SCORE) and a peer mentor's hide pending review.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly items: ReviewRepository,
    private readonly targets: ModerationTargets,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
    private readonly notices: ModerationNotices,
    private readonly config: ConfigService<Env, true>,
  ) {}

  async flag(user: AuthUser, dto: CreateFlagDto): Promise<{ id: string; reviewItemId: string }> {
    const target = await this.targets.visibleTo(user, dto.targetType, dto.targetId);
    if (dto.targetType === 'user' && target.id === user.id) {
      throw new DomainError('invalid', 'targetId: you cannot flag yourself');
    }
    if (!isStaff(user)) {
      await this.limiter.require(
        `flags:day:${user.id}`,
        FLAGS_PER_DAY,
        24 * 3600_000,
        'You have sent many reports today; staff will look at them. Try again tomorrow.',
      );
    }
    const weight = isStaff(user) ? 3 : user.role === 'peer_mentor' ? 2 : 1;
    const changes: TargetChange[] = [];
    try {
      const { item, flagId, created } = await this.transactions.run(async (tx) => {
        const gathered = await this.items.gather(
          target,
          { score: weight, reason: dto.reason, source: 'flag', urgent: dto.reason === 'crisis' },
          tx,
        );
        const flagId = await this.items.addFlag(
          {
            reviewItemId: gathered.item.id,
            targetType: target.type,
            targetId: target.id,
            reporterId: user.id,
            reason: dto.reason,
            note: dto.note?.trim() || null,
            weight,
          },
          tx,
        );
        await this.items.event(gathered.item.id, user.id, 'flagged', { reason: dto.reason, weight }, tx);
        return { item: await this.autoHideIfDue(gathered.item, changes, tx), flagId, created: gathered.created };
      });
      await this.targets.announce(changes);
      await this.notices.toReviewers(item, created ? 'review:new' : 'review:updated');
      return { id: flagId, reviewItemId: item.id };
    } catch (error) {
      if (isUniqueViolation(error, 'flags_once')) {
        throw new DomainError('conflict', 'You have already reported this', 'already_flagged');
      }
      throw error;
    }
  }

  /** A peer mentor (or staff) hides content pending staff review. */
  async peerHide(
    user: AuthUser,
    targetType: 'message' | 'post' | 'thread',
    targetId: string,
    reason: string,
  ): Promise<{ reviewItemId: string; hidden: boolean }> {
    const target = await this.targets.visibleTo(user, targetType, targetId);
    await this.access.requireSpace(
      user,
      { kind: target.spaceKind ?? 'community', cohortId: target.cohortId },
      'moderate',
    );
    const changes: TargetChange[] = [];
    const item = await this.transactions.run(async (tx) => {
      const { item: gathered } = await this.items.gather(target, { score: 0, source: 'peer_hide' }, tx);
      if (target.status === 'visible') {
        await this.targets.setStatus(changes, target.type, target.id, 'visible', 'hidden', tx);
        await this.items.markAutoHidden(gathered.id, tx);
      }
      await this.items.event(gathered.id, user.id, 'hidden_pending_review', { reason }, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'moderation.hidden_pending_review',
          targetType: target.type,
          targetId: target.id,
          cohortId: target.cohortId,
          details: { reason, reviewItemId: gathered.id },
        },
        tx,
      );
      return { ...gathered, autoHidden: gathered.autoHidden || target.status === 'visible' };
    });
    await this.targets.announce(changes);
    await this.notices.toReviewers(item);
    // Peer mentors do not see the queue (nor who reported what): just the outcome.
    return { reviewItemId: item.id, hidden: item.autoHidden };
  }

  private async autoHideIfDue(item: ReviewItem, changes: TargetChange[], tx: Tx): Promise<ReviewItem> {
    const threshold = this.config.get('AUTO_HIDE_SCORE', { infer: true });
    if (item.autoHidden || item.score < threshold || item.targetType === 'user') {
      return item;
    }
    const target = await this.targets.load(item.targetType, item.targetId, tx);
    if (target?.status !== 'visible') {
      return item;
    }
    await this.targets.setStatus(changes, item.targetType, item.targetId, 'visible', 'hidden', tx);
    await this.items.markAutoHidden(item.id, tx);
    await this.items.event(item.id, null, 'auto_hidden', { score: item.score, threshold }, tx);
    return { ...item, autoHidden: true };
  }
}
