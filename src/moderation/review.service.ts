import { Injectable } from '@nestjs/common';
import { AccessService, withinCohorts } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { reviewsSpace } from '../access/policy';
import type { SpaceKind } from '../access/policy';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { CrisisCases } from './crisis-cases';
import type { CaseOutcome } from './crisis-cases';
import { Transactions } from '../database/transactions';
import type { Tx } from '../database/transactions';
import { SanctionsService, UserSanctionedEvent } from '../sanctions/sanctions.service';
import { ModerationNotices } from './moderation-notices';
import type { ResolveDto, StaffActDto } from './moderation.dto';
import type { ReviewItem } from './review-item.entity';
import { ReviewRepository } from './review.repository';
import { ReviewViews } from './review-views';
import { ModerationTargets, TargetChange, TargetInfo } from './targets';
import type { ContentStatus, Resolution, ReviewItemView, ReviewSource } from '../contract';

const DEFAULT_WARNING = 'Sensitive content';
const CONTENT_ACTIONS: readonly Resolution[] = ['hide', 'remove', 'content_warning'];
const PERSON_ACTIONS: readonly Resolution[] = ['warn', 'mute', 'suspend', 'ban'];

/**
 * One review queue for chat and forums: what the community reports (ReportsService)
 * and the filters and the crisis detector raise (`fromSystem`) gather on their
 * target; staff claim and resolve, and everyone involved is told (reporters
 * anonymously).
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly transactions: Transactions,
    private readonly items: ReviewRepository,
    private readonly targets: ModerationTargets,
    private readonly access: AccessService,
    private readonly sanctions: SanctionsService,
    private readonly audit: AuditService,
    private readonly views: ReviewViews,
    private readonly notices: ModerationNotices,
    private readonly crisisCases: CrisisCases,
  ) {}

  /** Content held or flagged by the automatic filters, or raised by the crisis detector (inside the content's transaction). */
  async fromSystem(
    target: TargetInfo,
    source: Exclude<ReviewSource, 'flag' | 'peer_hide' | 'staff'>,
    details: Record<string, unknown>,
    tx: Tx,
  ): Promise<{ item: ReviewItem; created: boolean }> {
    const gathered = await this.items.gather(target, { score: 0, source, urgent: source === 'crisis' }, tx);
    await this.items.event(gathered.item.id, null, source === 'crisis' ? 'crisis_detected' : 'filtered', details, tx);
    return gathered;
  }

  /** After the content's transaction commits: tell the reviewers about an item `fromSystem` created or updated. */
  async announce(itemId: string, created: boolean): Promise<void> {
    const item = await this.items.findById(itemId);
    if (item) {
      await this.notices.toReviewers(item, created ? 'review:new' : 'review:updated');
    }
  }

  /**
   * Deciding an item from the queue (`resolve`). An item raised with a crisis
   * alert is one case with it: while the alert is unresolved, the decision
   * needs the alert's `outcome` and resolves the alert too (the reason is its
   * note). The alert closes right after the item's decision commits; should that
   * step fail, the alert simply stays open, still escalating, for a person.
   */
  async resolveCase(user: AuthUser, id: string, dto: ResolveDto & Partial<CaseOutcome>): Promise<ReviewItemView> {
    const actions = [dto.action, ...((dto as { actions?: string[] }).actions ?? [])];
    const escalating = actions.includes('escalate');
    const alert = escalating ? undefined : (await this.crisisCases.alertsOf([id])).get(id);
    const withAlert = alert !== undefined && alert.status !== 'resolved';
    if (withAlert && !dto.outcome) {
      throw new DomainError(
        'invalid',
        'outcome: this item is a crisis alert; say what was done for the person (reached_out, contacted_emergency_services or no_action_needed)',
      );
    }
    const view = await this.resolve(user, id, dto);
    if (!withAlert || !dto.outcome) {
      return view;
    }
    const outcome = dto.outcome;
    const alertId = await this.transactions.run((tx) =>
      this.crisisCases.resolveWithItem(id, user, { outcome, note: dto.reason }, tx),
    );
    if (!alertId) {
      return view;
    }
    await this.crisisCases.announce(alertId);
    const item = await this.items.findById(id);
    return item ? this.views.item(item) : view;
  }

  /**
   * The crisis alert this item was raised with has been resolved (inside its
   * transaction, the alert locked first): the item closes with it, unless it
   * also holds something else to decide (another reason for a flag, held or
   * filtered content), which stays in the queue. Returns the item to announce.
   */
  async closeWithAlert(
    itemId: string,
    by: string,
    record: CaseOutcome & { alertId: string },
    tx: Tx,
  ): Promise<ReviewItem | undefined> {
    const item = await this.items.lock(itemId, tx);
    if (!item || item.status !== 'open') {
      return undefined;
    }
    const onlyCrisis =
      item.sources.every((s) => s === 'crisis' || s === 'flag') &&
      Object.keys(item.reasons).every((reason) => reason === 'crisis');
    if (!onlyCrisis) {
      await this.items.event(item.id, by, 'crisis_resolved', { ...record }, tx);
      return item;
    }
    // Nothing else to decide: closed as it stands (content is left as it is), the record is the alert's.
    const reason = `Resolved with its crisis alert (${record.outcome.replace(/_/g, ' ')})`;
    const closed = await this.items.resolve(item, { by, resolution: 'dismiss', actions: ['dismiss'], reason }, tx);
    await this.items.event(item.id, by, 'resolved', { action: 'dismiss', reason, ...record }, tx);
    return closed;
  }

  /** After the alert's transaction commits: reviewers see the item closed. */
  async announceItem(item: ReviewItem): Promise<void> {
    await this.notices.toReviewers(item);
  }

  async queue(user: AuthUser, status: 'pending' | 'resolved', limit = 100): Promise<ReviewItemView[]> {
    // A clinician sees and acts only on their cohorts' items.
    const scope = {
      cohortIds: await this.access.moderatedCohortIds(user),
      excludeKinds: reviewsSpace(user.role, 'care') ? [] : (['care'] satisfies SpaceKind[]),
    };
    const items = await this.items.queue(scope, status === 'resolved' ? 'resolved' : 'open', limit);
    return this.views.items(items);
  }

  async claim(user: AuthUser, id: string): Promise<ReviewItemView> {
    const item = await this.transactions.run(async (tx) => {
      const found = await this.lockOpen(user, id, tx);
      const claimed = await this.items.claim(found, user.id, tx);
      await this.items.event(found.id, user.id, 'claimed', {}, tx);
      return claimed;
    });
    await this.notices.toReviewers(item);
    return this.views.item(item);
  }

  /** One action (`action`) or several at once (`actions`, one reason), applied in one transaction. */
  async resolve(user: AuthUser, id: string, dto: ResolveDto): Promise<ReviewItemView> {
    const actions = this.actionsOf(dto);
    return this.decide(user, dto, actions, (tx) => this.lockOpen(user, id, tx));
  }

  /**
   * Staff act on a message, post, thread or person directly (from the message or
   * the person, without waiting for a report): the target's open item, gathered
   * if needed, resolved with the actions at once, as in the queue.
   */
  async act(user: AuthUser, dto: StaffActDto): Promise<ReviewItemView> {
    const actions = this.actionsOf(dto);
    const target = await this.targets.visibleTo(user, dto.targetType, dto.targetId);
    if (dto.targetType === 'user' && target.id === user.id) {
      throw new DomainError('invalid', 'targetId: you cannot act on yourself');
    }
    return this.decide(user, dto, actions, async (tx) => {
      const { item } = await this.items.gather(target, { score: 0, source: 'staff' }, tx);
      const found = await this.lockOpen(user, item.id, tx);
      await this.items.event(found.id, user.id, 'staff_action', { actions }, tx);
      return found;
    });
  }

  /** The actions asked for, checked: one alone, or at most one about the content and one about the person. */
  private actionsOf(dto: { action?: Resolution; actions?: Resolution[] }): Resolution[] {
    if (dto.action !== undefined && dto.actions !== undefined) {
      throw new DomainError('invalid', 'Give either action or actions, not both');
    }
    const actions = dto.actions ?? (dto.action ? [dto.action] : []);
    if (actions.length === 0) {
      throw new DomainError('invalid', 'actions: give at least one action');
    }
    if (actions.filter((a) => CONTENT_ACTIONS.includes(a)).length > 1) {
      throw new DomainError('invalid', 'actions: choose one of hide, remove and content warning');
    }
    if (actions.filter((a) => PERSON_ACTIONS.includes(a)).length > 1) {
      throw new DomainError('invalid', 'actions: choose one of warn, mute, suspend and ban');
    }
    // Content first, then the person: "hide + mute" reads and applies in that order.
    return [...actions].sort((a, b) => Number(PERSON_ACTIONS.includes(a)) - Number(PERSON_ACTIONS.includes(b)));
  }

  private async decide(
    user: AuthUser,
    dto: { reason: string; durationMinutes?: number; contentWarning?: string },
    actions: Resolution[],
    open: (tx: Tx) => Promise<ReviewItem>,
  ): Promise<ReviewItemView> {
    const sanctions: UserSanctionedEvent[] = [];
    const changes: TargetChange[] = [];
    const escalating = actions.length === 1 && actions[0] === 'escalate';
    const { item, reporters } = await this.transactions.run(async (tx) => {
      const found = await open(tx);
      const target = await this.targets.load(found.targetType, found.targetId, tx);
      // Each action is checked by the policy as it is applied; one refusal rolls every one back.
      for (const action of actions) {
        const sanction = await this.applyAction(user, found, target, { ...dto, action }, changes, tx);
        if (sanction) {
          sanctions.push(sanction);
        }
      }
      const decision = (actions.find((a) => CONTENT_ACTIONS.includes(a)) ?? actions[0]) as Exclude<
        Resolution,
        'escalate'
      >;
      const decided = escalating
        ? await this.items.escalate(found, tx)
        : await this.items.resolve(found, { by: user.id, resolution: decision, actions, reason: dto.reason }, tx);
      const details = { reason: dto.reason, durationMinutes: dto.durationMinutes ?? null };
      await this.items.event(
        found.id,
        user.id,
        escalating ? 'escalated' : 'resolved',
        { action: decision, actions, ...details },
        tx,
      );
      for (const action of actions) {
        await this.audit.record(
          {
            actorId: user.id,
            action: `moderation.${action}`,
            targetType: found.targetType,
            targetId: found.targetId,
            cohortId: found.cohortId,
            details: { reviewItemId: found.id, ...details, ...(actions.length > 1 ? { actions } : {}) },
          },
          tx,
        );
      }
      return { item: decided, reporters: await this.items.reporters(found.id, tx) };
    });
    for (const sanction of sanctions) {
      this.sanctions.announce(sanction);
    }
    await this.targets.announce(changes);
    await this.notices.toReviewers(item);
    if (!escalating) {
      const until = sanctions.find((s) => s.until)?.until ?? null;
      actions.forEach((action, index) => {
        // The author hears each action; reporters hear once that their report was handled.
        this.notices.resolved(
          item,
          {
            action: action as Exclude<Resolution, 'escalate'>,
            reason: dto.reason,
            until: PERSON_ACTIONS.includes(action) ? until : null,
          },
          index === 0 ? reporters : [],
        );
      });
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

  /** Admins and moderators act on every item; clinicians on their cohorts' (the policy's cohort.moderate). */
  private async canAct(
    user: Pick<AuthUser, 'id' | 'role'>,
    item: Pick<ReviewItem, 'cohortId' | 'spaceKind'>,
  ): Promise<boolean> {
    return (
      reviewsSpace(user.role, item.spaceKind) &&
      withinCohorts(await this.access.moderatedCohortIds(user), item.cohortId)
    );
  }

  /** The open item, locked, if the caller may act on it and nobody else has claimed it. */
  private async lockOpen(user: AuthUser, id: string, tx: Tx): Promise<ReviewItem> {
    const found = await this.items.lock(id, tx);
    if (!found || !(await this.canAct(user, found))) {
      throw new DomainError('not_found', 'Review item not found');
    }
    if (found.status !== 'open') {
      throw new DomainError('conflict', 'This item is already resolved');
    }
    if (found.claimedBy && found.claimedBy !== user.id) {
      throw new DomainError('conflict', 'Someone else is reviewing this item', 'claimed');
    }
    return found;
  }

  private async applyAction(
    user: AuthUser,
    item: ReviewItem,
    target: TargetInfo | undefined,
    dto: { action: Resolution; reason: string; durationMinutes?: number; contentWarning?: string },
    changes: TargetChange[],
    tx: Tx,
  ): Promise<UserSanctionedEvent | undefined> {
    const content = item.targetType !== 'user' ? target : undefined;
    const setStatus = (to: ContentStatus) =>
      this.targets.setStatus(changes, item.targetType, item.targetId, target?.status ?? null, to, tx);
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
            changes,
            item.targetType,
            item.targetId,
            dto.contentWarning ?? DEFAULT_WARNING,
            tx,
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
        return this.sanctions.apply(
          user,
          {
            userId: item.authorId,
            kind: dto.action,
            reason: dto.reason,
            durationMinutes: dto.durationMinutes,
            reviewItemId: item.id,
          },
          tx,
        );
      }
      case 'escalate':
        return undefined;
    }
  }
}
