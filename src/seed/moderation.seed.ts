import { Injectable } from '@nestjs/common';
import type { FlagReason } from '../contract';
import type { Tx } from '../database/transactions';
import { PostsRepository } from '../forums/posts.repository';
import { ThreadsRepository } from '../forums/threads.repository';
import { AppealsRepository } from '../moderation/appeals.repository';
import { ReviewRepository } from '../moderation/review.repository';
import { ModerationTargets } from '../moderation/targets';
import { DemoWeekRepository } from './demo-week.repository';
import { Ago, ago, DemoArea, DemoWeek, personId, written } from './demo-week';

interface DemoFlag {
  /** The key of a thread or reply in DEMO_THREADS (forums.seed.ts). */
  target: string;
  by: string;
  reason: FlagReason;
  note: string;
  at: Ago;
  /** Decided by a moderator: what they did, why, and the content warning it gave. */
  resolved?: {
    by: string;
    /** Decisions about content only (a sanction would need the sanctions service's own path). */
    resolution: 'hide' | 'content_warning' | 'dismiss';
    reason: string;
    contentWarning?: string;
    at: Ago;
    /** The author asked for the decision to be looked at again (still open). */
    appeal?: { text: string; at: Ago };
  };
}

/**
 * The review queue's week: a report still open, one a moderator settled with a
 * content warning, and one they settled by hiding the post, which its author appealed.
 */
export const DEMO_FLAGS: DemoFlag[] = [
  {
    target: 'tuesday-close-call',
    by: 'sunny@demo.hearth.test',
    reason: 'triggering',
    note: 'Could this have a content warning? Still really glad they posted it.',
    at: [4, 7],
    resolved: {
      by: 'moderator@demo.hearth.test',
      resolution: 'content_warning',
      reason: 'Helpful post about a craving; a warning lets people choose when to read it.',
      contentWarning: 'cravings',
      at: [4, 5],
    },
  },
  {
    target: 'cedar-detox-tea',
    by: 'harbor@demo.hearth.test',
    reason: 'misinformation',
    note: 'Recommends a detox product that claims to cut cravings; people early in recovery could be misled.',
    at: [2, 2],
    resolved: {
      by: 'moderator@demo.hearth.test',
      resolution: 'hide',
      reason: "Health claims about products aren't allowed on the boards, even well-meant ones.",
      at: [1, 23],
      appeal: {
        text:
          "I wasn't selling anything: a friend recommended it and I thought it might help someone. " +
          'Could it stay up with a note instead of being hidden?',
        at: [1, 18],
      },
    },
  },
  {
    target: 'oak-sharp',
    by: 'willow@demo.hearth.test',
    reason: 'harassment',
    note: 'This stung. I am trying.',
    at: [1, 21, 30],
  },
];

/** Reports on the week's posts, through the review queue's own repository, then dated. */
@Injectable()
export class ModerationDemo implements DemoArea {
  constructor(
    private readonly targets: ModerationTargets,
    private readonly items: ReviewRepository,
    private readonly threads: ThreadsRepository,
    private readonly posts: PostsRepository,
    private readonly appeals: AppealsRepository,
    private readonly dates: DemoWeekRepository,
  ) {}

  async seedWeek(week: DemoWeek, tx: Tx): Promise<void> {
    for (const flag of DEMO_FLAGS) {
      const content = written(week, flag.target);
      const target = await this.targets.load(content.type, content.id, tx);
      if (!target) {
        continue;
      }
      const reporterId = personId(week, flag.by);
      const weight = flag.by.startsWith('harbor') ? 2 : 1; // a peer mentor's report weighs 2 (review.service.ts)
      const flaggedAt = ago(week, flag.at);
      const { item } = await this.items.gather(
        target,
        { score: weight, reason: flag.reason, source: 'flag', urgent: false },
        tx,
      );
      const flagId = await this.items.addFlag(
        {
          reviewItemId: item.id,
          targetType: target.type,
          targetId: target.id,
          reporterId,
          reason: flag.reason,
          note: flag.note,
          weight,
        },
        tx,
      );
      await this.items.event(item.id, reporterId, 'flagged', { reason: flag.reason, weight }, tx);
      await this.dates.date('flags', flagId, { created_at: flaggedAt }, tx);
      const decision = flag.resolved;
      if (!decision) {
        await this.dates.date('review_items', item.id, { created_at: flaggedAt, updated_at: flaggedAt }, tx);
        await this.dates.dateReviewEvents(item.id, [flaggedAt], tx);
        continue;
      }
      const moderatorId = personId(week, decision.by);
      const decidedAt = ago(week, decision.at);
      const repository = content.type === 'thread' ? this.threads : this.posts;
      if (decision.contentWarning) {
        await repository.setContentWarning(content.id, decision.contentWarning, tx);
      }
      if (decision.resolution === 'hide') {
        await repository.setStatus(content.id, 'hidden', tx);
      }
      await this.items.resolve(
        item,
        { by: moderatorId, resolution: decision.resolution, actions: [decision.resolution], reason: decision.reason },
        tx,
      );
      const details = { reason: decision.reason, durationMinutes: null };
      await this.items.event(
        item.id,
        moderatorId,
        'resolved',
        { action: decision.resolution, actions: [decision.resolution], ...details },
        tx,
      );
      await this.dates.date(
        'review_items',
        item.id,
        {
          created_at: flaggedAt,
          updated_at: decidedAt,
          claimed_at: new Date(decidedAt.getTime() - 4 * 60_000),
          resolved_at: decidedAt,
        },
        tx,
      );
      await this.dates.dateReviewEvents(item.id, [flaggedAt, decidedAt], tx);
      week.audit.push({
        at: decidedAt,
        actorId: moderatorId,
        action: `moderation.${decision.resolution}`,
        targetType: target.type,
        targetId: target.id,
        cohortId: target.cohortId,
        details: { reviewItemId: item.id, ...details },
      });
      if (decision.appeal && target.authorId) {
        const appealedAt = ago(week, decision.appeal.at);
        const appeal = await this.appeals.insert(
          { userId: target.authorId, reviewItemId: item.id, sanctionId: null, text: decision.appeal.text },
          tx,
        );
        await this.dates.date('appeals', appeal.id, { created_at: appealedAt }, tx);
        week.audit.push({
          at: appealedAt,
          actorId: target.authorId,
          action: 'appeal.created',
          targetType: 'appeal',
          targetId: appeal.id,
          details: { reviewItemId: item.id, sanctionId: null },
        });
      }
    }
  }
}
