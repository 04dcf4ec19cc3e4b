import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { isStaff } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../common/database-errors';
import { RateLimiter } from '../common/rate-limiter';
import type { Env } from '../config/env';
import { SanctionsService, UserSanctionedEvent } from '../sanctions/sanctions.service';
import { TO_USERS, ToUsersEvent } from '../realtime/relay';
import { StaffRepository } from '../staff/staff.repository';
import { PeopleAccess } from '../users/people-access';
import { Flag } from './flag.entity';
import type { CreateFlagDto, ResolveDto, ReviewItemView } from './moderation.dto';
import { ReviewItem } from './review-item.entity';
import type { Resolution, ReviewSource } from './review-item.entity';
import { ReviewRepository } from './review.repository';
import { ReviewViews } from './review-views';
import { ContentStatus, ModerationTargets, TargetChange, TargetInfo } from './targets';

const FLAGS_PER_DAY = 20;
const DEFAULT_WARNING = 'Sensitive content';

/** What the author is told after a resolution: what happened and why, in plain words. */
const TOLD: Record<Resolution, string> = {
  dismiss: 'A report about your content was reviewed and no action was needed.',
  hide: 'A moderator hid your content.',
  remove: 'A moderator removed your content.',
  content_warning: 'A moderator added a content warning to your content.',
  warn: 'A moderator sent you a warning.',
  mute: 'A moderator muted you for a while.',
  suspend: 'A moderator suspended your account for a while.',
  ban: 'A moderator banned your account.',
  escalate: '',
};

/**
 * One review queue for chat and forums: flags gather on their target, content is
 * hidden at the configured score, staff claim and resolve, and everyone involved
 * is told (reporters anonymously).
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ReviewRepository,
    private readonly targets: ModerationTargets,
    private readonly access: AccessService,
    private readonly sanctions: SanctionsService,
    private readonly staff: StaffRepository,
    private readonly people: PeopleAccess,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
    private readonly views: ReviewViews,
    private readonly config: ConfigService<Env, true>,
    private readonly events: EventEmitter2,
  ) {}

  async flag(user: AuthUser, dto: CreateFlagDto): Promise<{ id: string; reviewItemId: string }> {
    const target = await this.visibleTarget(user, dto.targetType, dto.targetId);
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
      const { item, flagId, created } = await this.dataSource.transaction(async (manager) => {
        const gathered = await this.items.gather(manager, target, {
          score: weight,
          reason: dto.reason,
          source: 'flag',
          urgent: dto.reason === 'crisis',
        });
        const flag = await manager.getRepository(Flag).save(
          manager.getRepository(Flag).create({
            reviewItemId: gathered.item.id,
            targetType: target.type,
            targetId: target.id,
            reporterId: user.id,
            reason: dto.reason,
            note: dto.note?.trim() || null,
            weight,
          }),
        );
        await this.items.event(manager, gathered.item.id, user.id, 'flagged', { reason: dto.reason, weight });
        return {
          item: await this.autoHideIfDue(manager, gathered.item, changes),
          flagId: flag.id,
          created: gathered.created,
        };
      });
      await this.targets.announce(changes);
      await this.publish(item, created ? 'review:new' : 'review:updated');
      this.events.emit('review.flagged', { item, target, reason: dto.reason });
      return { id: flagId, reviewItemId: item.id };
    } catch (error) {
      if (isUniqueViolation(error, 'flags_once')) {
        throw new DomainError('conflict', 'You have already reported this', 'already_flagged');
      }
      throw error;
    }
  }

  /** Content held or flagged by the automatic filters, or raised by the crisis detector (inside the content's transaction). */
  async fromSystem(
    manager: EntityManager,
    target: TargetInfo,
    source: Exclude<ReviewSource, 'flag' | 'peer_hide'>,
    details: Record<string, unknown>,
  ): Promise<{ item: ReviewItem; created: boolean }> {
    const gathered = await this.items.gather(manager, target, { score: 0, source, urgent: source === 'crisis' });
    await this.items.event(
      manager,
      gathered.item.id,
      null,
      source === 'crisis' ? 'crisis_detected' : 'filtered',
      details,
    );
    return gathered;
  }

  /** After the content's transaction commits: tell the reviewers about an item `fromSystem` created or updated. */
  async announce(itemId: string, created: boolean): Promise<void> {
    const item = await this.items.findById(itemId);
    if (item) {
      await this.publish(item, created ? 'review:new' : 'review:updated');
    }
  }

  /** A peer mentor (or staff) hides content pending staff review. */
  async peerHide(
    user: AuthUser,
    targetType: 'message' | 'post' | 'thread',
    targetId: string,
    reason: string,
  ): Promise<{ reviewItemId: string; hidden: boolean }> {
    const target = await this.visibleTarget(user, targetType, targetId);
    await this.access.requireSpace(
      user,
      { kind: target.spaceKind ?? 'community', cohortId: target.cohortId },
      'moderate',
    );
    const changes: TargetChange[] = [];
    const item = await this.dataSource.transaction(async (manager) => {
      const { item: gathered } = await this.items.gather(manager, target, { score: 0, source: 'peer_hide' });
      if (target.status === 'visible') {
        await this.targets.setStatus(manager, changes, target.type, target.id, 'visible', 'hidden');
        await manager.query(`UPDATE review_items SET auto_hidden = true WHERE id = $1`, [gathered.id]);
      }
      await this.items.event(manager, gathered.id, user.id, 'hidden_pending_review', { reason });
      await this.audit.record(
        {
          actorId: user.id,
          action: 'moderation.hidden_pending_review',
          targetType: target.type,
          targetId: target.id,
          cohortId: target.cohortId,
          details: { reason, reviewItemId: gathered.id },
        },
        manager,
      );
      return { ...gathered, autoHidden: gathered.autoHidden || target.status === 'visible' };
    });
    await this.targets.announce(changes);
    await this.publish(item);
    // Peer mentors do not see the queue (nor who reported what): just the outcome.
    return { reviewItemId: item.id, hidden: item.autoHidden };
  }

  async queue(user: AuthUser, status: 'pending' | 'resolved', limit = 100): Promise<ReviewItemView[]> {
    const items = await this.items.queue(await this.scope(user), status === 'resolved' ? 'resolved' : 'open', limit);
    return this.views.items(items);
  }

  async claim(user: AuthUser, id: string): Promise<ReviewItemView> {
    const item = await this.dataSource.transaction(async (manager) => {
      const found = await this.lockActionable(manager, user, id);
      if (found.status !== 'open') {
        throw new DomainError('conflict', 'This item is already resolved');
      }
      if (found.claimedBy && found.claimedBy !== user.id) {
        throw new DomainError('conflict', 'Someone else is reviewing this item', 'claimed');
      }
      found.claimedBy = user.id;
      found.claimedAt = new Date();
      await manager.getRepository(ReviewItem).save(found);
      await this.items.event(manager, found.id, user.id, 'claimed');
      return found;
    });
    await this.publish(item);
    return this.views.item(item);
  }

  async resolve(user: AuthUser, id: string, dto: ResolveDto): Promise<ReviewItemView> {
    let sanction: UserSanctionedEvent | undefined;
    const changes: TargetChange[] = [];
    const { item, reporters } = await this.dataSource.transaction(async (manager) => {
      const found = await this.lockActionable(manager, user, id);
      if (found.status !== 'open') {
        throw new DomainError('conflict', 'This item is already resolved');
      }
      if (found.claimedBy && found.claimedBy !== user.id) {
        throw new DomainError('conflict', 'Someone else is reviewing this item', 'claimed');
      }
      const target = await this.targets.load(found.targetType, found.targetId, manager);
      sanction = await this.applyAction(manager, user, found, target, dto, changes);
      const now = new Date();
      if (dto.action === 'escalate') {
        Object.assign(found, { escalatedAt: now, urgent: true, claimedBy: null, claimedAt: null });
      } else {
        Object.assign(found, {
          status: 'resolved',
          resolvedBy: user.id,
          resolvedAt: now,
          resolution: dto.action,
          resolutionReason: dto.reason,
          claimedBy: found.claimedBy ?? user.id,
          claimedAt: found.claimedAt ?? now,
        });
      }
      await manager.getRepository(ReviewItem).save(found);
      await this.items.event(manager, found.id, user.id, dto.action === 'escalate' ? 'escalated' : 'resolved', {
        action: dto.action,
        reason: dto.reason,
        durationMinutes: dto.durationMinutes ?? null,
      });
      await this.audit.record(
        {
          actorId: user.id,
          action: `moderation.${dto.action}`,
          targetType: found.targetType,
          targetId: found.targetId,
          cohortId: found.cohortId,
          details: { reviewItemId: found.id, reason: dto.reason, durationMinutes: dto.durationMinutes ?? null },
        },
        manager,
      );
      return { item: found, reporters: await this.items.reporters(manager, found.id) };
    });
    if (sanction) {
      this.sanctions.announce(sanction);
    }
    await this.targets.announce(changes);
    await this.publish(item);
    if (dto.action !== 'escalate') {
      this.tell(item, dto, sanction, reporters);
    }
    return this.views.item(item);
  }

  async history(
    user: AuthUser,
    id: string,
  ): Promise<
    {
      action: string;
      actor: { id: string; displayName: string } | null;
      details: Record<string, unknown>;
      at: string;
    }[]
  > {
    const item = await this.items.findById(id);
    if (!item || !(await this.canAct(user, item))) {
      throw new DomainError('not_found', 'Review item not found');
    }
    return this.views.history(await this.items.history(id));
  }

  async canAct(user: Pick<AuthUser, 'id' | 'role'>, item: Pick<ReviewItem, 'cohortId'>): Promise<boolean> {
    if (user.role === 'admin' || user.role === 'moderator') {
      return true;
    }
    if (user.role !== 'clinician' || !item.cohortId) {
      return false;
    }
    return (await this.access.relationTo(user.id, item.cohortId)) === 'facilitator';
  }

  private async scope(user: AuthUser): Promise<{ cohortIds: string[] | 'all' }> {
    if (user.role === 'admin' || user.role === 'moderator') {
      return { cohortIds: 'all' };
    }
    // A clinician sees and acts only on their cohorts' items.
    return { cohortIds: await this.access.ownCohortIds(user.id) };
  }

  private async lockActionable(manager: EntityManager, user: AuthUser, id: string): Promise<ReviewItem> {
    const found = await this.items.lock(manager, id);
    if (!found || !(await this.canAct(user, found))) {
      throw new DomainError('not_found', 'Review item not found');
    }
    return found;
  }

  /** The target as the caller may see it: anything they cannot read is "not found". */
  private async visibleTarget(user: AuthUser, type: TargetInfo['type'], id: string): Promise<TargetInfo> {
    if (type === 'user') {
      await this.people.requireVisible(user, id);
    }
    const target = await this.targets.load(type, id);
    const what = type === 'user' ? 'User' : type[0].toUpperCase() + type.slice(1);
    if (!target) {
      throw new DomainError('not_found', `${what} not found`);
    }
    if (type !== 'user') {
      await this.access.requireSpace(
        user,
        { kind: target.spaceKind ?? 'community', cohortId: target.cohortId },
        'read',
        what,
      );
      if (
        target.status === 'removed' ||
        (target.status === 'pending' && target.authorId !== user.id && !isStaff(user))
      ) {
        throw new DomainError('not_found', `${what} not found`);
      }
    }
    return target;
  }

  private async autoHideIfDue(manager: EntityManager, item: ReviewItem, changes: TargetChange[]): Promise<ReviewItem> {
    const threshold = this.config.get('AUTO_HIDE_SCORE', { infer: true });
    if (item.autoHidden || item.score < threshold || item.targetType === 'user') {
      return item;
    }
    const target = await this.targets.load(item.targetType, item.targetId, manager);
    if (target?.status !== 'visible') {
      return item;
    }
    await this.targets.setStatus(manager, changes, item.targetType, item.targetId, 'visible', 'hidden');
    await manager.query(`UPDATE review_items SET auto_hidden = true WHERE id = $1`, [item.id]);
    await this.items.event(manager, item.id, null, 'auto_hidden', { score: item.score, threshold });
    return { ...item, autoHidden: true };
  }

  private async applyAction(
    manager: EntityManager,
    user: AuthUser,
    item: ReviewItem,
    target: TargetInfo | undefined,
    dto: ResolveDto,
    changes: TargetChange[],
  ): Promise<UserSanctionedEvent | undefined> {
    const content = item.targetType !== 'user' ? target : undefined;
    const setStatus = (to: ContentStatus) =>
      this.targets.setStatus(manager, changes, item.targetType, item.targetId, target?.status ?? null, to);
    switch (dto.action) {
      case 'dismiss':
        // Nothing wrong: content hidden by the score, a peer or held by a filter is published again.
        if (content && (content.status === 'hidden' || content.status === 'pending')) {
          await setStatus('visible');
        }
        return undefined;
      case 'hide':
      case 'remove':
      case 'content_warning':
        if (!content) {
          throw new DomainError(
            'invalid',
            `action ${dto.action} applies to messages, posts and threads, not to a user`,
          );
        }
        if (dto.action === 'content_warning') {
          await this.targets.setContentWarning(
            manager,
            changes,
            item.targetType,
            item.targetId,
            dto.contentWarning ?? DEFAULT_WARNING,
          );
          if (content.status !== 'visible' && content.status !== 'removed') {
            await setStatus('visible');
          }
        } else {
          await setStatus(dto.action === 'hide' ? 'hidden' : 'removed');
        }
        return undefined;
      case 'warn':
      case 'mute':
      case 'suspend':
      case 'ban': {
        if (!item.authorId) {
          throw new DomainError('conflict', 'The author no longer has an account');
        }
        return this.sanctions.apply(manager, user, {
          userId: item.authorId,
          kind: dto.action,
          reason: dto.reason,
          durationMinutes: dto.durationMinutes,
          reviewItemId: item.id,
        });
      }
      case 'escalate':
        return undefined;
    }
  }

  /** Live queue updates to the staff who can act on the item, on every node. */
  private async publish(item: ReviewItem, event: 'review:new' | 'review:updated' = 'review:updated'): Promise<void> {
    // Only staff who can act on it: a clinician never learns of another cohort's items.
    const recipients = await this.staff.reviewersFor(item.cohortId);
    this.events.emit(TO_USERS, {
      userIds: recipients,
      event,
      payload: await this.views.item(item),
    } satisfies ToUsersEvent);
  }

  /** The author learns what and why (and until when); reporters learn only that it was handled. */
  private tell(
    item: ReviewItem,
    dto: ResolveDto,
    sanction: UserSanctionedEvent | undefined,
    reporters: string[],
  ): void {
    if (item.authorId && dto.action !== 'dismiss') {
      this.events.emit('moderation.told_author', {
        userId: item.authorId,
        reviewItemId: item.id,
        action: dto.action,
        summary: TOLD[dto.action],
        reason: dto.reason,
        until: sanction?.until ?? null,
      });
    }
    const others = reporters.filter((id) => id !== item.authorId);
    if (others.length > 0) {
      this.events.emit('moderation.told_reporters', { userIds: others, reviewItemId: item.id });
    }
  }
}
