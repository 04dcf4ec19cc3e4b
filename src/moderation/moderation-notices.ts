import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { TO_USERS, ToUsersEvent } from '../realtime/relay';
import { StaffRepository } from '../staff/staff.repository';
import type { ReviewItem } from './review-item.entity';
import { ReviewViews } from './review-views';
import { ModerationTargets } from './targets';
import type { Resolution, TargetType } from '../contract';

/** What the author is told after a resolution: what happened and why, in plain words. */
const TOLD: Record<Exclude<Resolution, 'escalate'>, string> = {
  dismiss: 'A report about your content was reviewed and no action was needed.',
  hide: 'A moderator hid your content.',
  remove: 'A moderator removed your content.',
  content_warning: 'A moderator added a content warning to your content.',
  warn: 'A moderator sent you a warning.',
  mute: 'A moderator muted you for a while.',
  suspend: 'A moderator suspended your account for a while.',
  ban: 'A moderator banned your account.',
};

export interface AuthorNotice {
  userId: string;
  reviewItemId: string | null;
  action: string;
  summary: string;
  reason: string;
  until: string | null;
}

/**
 * Who is told what, after a decision commits. Reviewers see the queue change
 * live. Outcomes are told (PRODUCT.md): the author learns what happened, why and
 * until when; reporters learn only that their report was handled, never the
 * outcome for someone else. The durable record is the author's moderation history.
 */
@Injectable()
export class ModerationNotices {
  constructor(
    private readonly staff: StaffRepository,
    private readonly views: ReviewViews,
    private readonly events: EventEmitter2,
    private readonly targets: ModerationTargets,
  ) {}

  /** Live queue updates to the staff who can act on the item, on every node. */
  async toReviewers(item: ReviewItem, event: 'review:new' | 'review:updated' = 'review:updated'): Promise<void> {
    // Only staff who can act on it: a clinician never learns of another cohort's items.
    const recipients = await this.staff.reviewersFor(item.cohortId, { moderators: item.spaceKind !== 'care' });
    this.events.emit(TO_USERS, {
      userIds: recipients,
      event,
      payload: await this.views.item(item),
    } satisfies ToUsersEvent);
  }

  /** After a resolution: the author (unless dismissed) and the reporters other than the author. */
  resolved(
    item: ReviewItem,
    decision: { action: Exclude<Resolution, 'escalate'>; reason: string; until: string | null },
    reporters: string[],
  ): void {
    if (item.authorId && decision.action !== 'dismiss') {
      this.tellAuthor({
        userId: item.authorId,
        reviewItemId: item.id,
        action: decision.action,
        summary: TOLD[decision.action],
        reason: decision.reason,
        until: decision.until,
      });
    }
    const others = reporters.filter((id) => id !== item.authorId);
    if (others.length > 0) {
      void this.tellReporters(others, item);
    }
  }

  /** The person who appealed learns the outcome and why. */
  appealDecided(
    appeal: { userId: string; reviewItemId: string | null; status: 'upheld' | 'overturned' },
    reason: string,
  ): void {
    this.tellAuthor({
      userId: appeal.userId,
      reviewItemId: appeal.reviewItemId,
      action: `appeal_${appeal.status}`,
      summary:
        appeal.status === 'overturned'
          ? 'Your appeal was accepted and the decision was reversed.'
          : 'Your appeal was reviewed and the decision stands.',
      reason,
      until: null,
    });
  }

  private tellAuthor(notice: AuthorNotice): void {
    this.events.emit(TO_USERS, {
      userIds: [notice.userId],
      event: 'moderation:notice',
      payload: {
        kind: 'decision',
        action: notice.action,
        summary: notice.summary,
        reason: notice.reason,
        until: notice.until,
        reviewItemId: notice.reviewItemId,
      },
    } satisfies ToUsersEvent);
    // The end time travels as a time, so the app shows it in the reader's own time zone.
    this.events.emit('notification.requested', {
      userId: notice.userId,
      kind: notice.action.startsWith('appeal_') ? 'appeal_decided' : 'moderation',
      text: `${notice.summary} Reason: ${notice.reason}`,
      link: '/moderation/mine',
      until: notice.until,
    });
  }

  private async tellReporters(userIds: string[], item: ReviewItem): Promise<void> {
    let link: string | null = null;
    try {
      link = whereIs(
        item.targetType,
        item.targetId,
        (await this.targets.load(item.targetType, item.targetId))?.spaceId,
      );
    } catch {
      // Where it was is a convenience: the reporters are told all the same.
    }
    const text = 'Thank you: a report you made has been reviewed by staff.';
    this.events.emit(TO_USERS, {
      userIds,
      event: 'moderation:notice',
      payload: { kind: 'report_handled', summary: text },
    } satisfies ToUsersEvent);
    for (const userId of userIds) {
      this.events.emit('notification.requested', { userId, kind: 'report_handled', text, link });
    }
  }
}

/** Where the reported content was, for the reporter's notice (a thread, or the room or board it was in). */
function whereIs(type: TargetType, id: string, spaceId: string | null | undefined): string | null {
  switch (type) {
    case 'thread':
      return `/threads/${id}`;
    case 'message':
      return spaceId ? `/rooms/${spaceId}` : null;
    case 'post':
      return spaceId ? `/boards/${spaceId}` : null;
    case 'user':
      return null;
  }
}
