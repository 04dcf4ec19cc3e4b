import { Injectable } from '@nestjs/common';
import type { AlertCategory } from '../contract';
import { CrisisService } from '../crisis/crisis.service';
import type { Tx } from '../database/transactions';
import { ReviewService } from '../moderation/review.service';
import { ModerationTargets } from '../moderation/targets';
import { DemoWeekRepository } from './demo-week.repository';
import { DemoArea, DemoWeek, personId, written } from './demo-week';

/**
 * Yesterday evening's crisis alert, as the crisis detector raises one (a review item
 * and an alert), which the cohort's clinician acknowledged within minutes; its
 * record (outcome and note) is left for them to write, so the alerts screen has
 * something to act on.
 */
export const DEMO_ALERT: {
  target: string;
  categories: AlertCategory[];
  acknowledgedBy: string;
  acknowledgedAfterMinutes: number;
} = {
  target: 'willow-crisis',
  categories: ['suicidal_ideation'],
  acknowledgedBy: 'clinician2@demo.hearth.test',
  acknowledgedAfterMinutes: 6,
};

@Injectable()
export class CrisisDemo implements DemoArea {
  constructor(
    private readonly targets: ModerationTargets,
    private readonly review: ReviewService,
    private readonly crisis: CrisisService,
    private readonly dates: DemoWeekRepository,
  ) {}

  async seedWeek(week: DemoWeek, tx: Tx): Promise<void> {
    const content = written(week, DEMO_ALERT.target);
    const target = await this.targets.load(content.type, content.id, tx);
    if (!target || target.type === 'user') {
      return;
    }
    const at = content.at;
    const { item } = await this.review.fromSystem(
      target,
      'crisis',
      { categories: DEMO_ALERT.categories, severity: 'urgent' },
      tx,
    );
    const alert = await this.crisis.raise(
      { target: { ...target, type: target.type }, categories: DEMO_ALERT.categories, reviewItemId: item.id },
      tx,
    );
    await this.dates.date('review_items', item.id, { created_at: at, updated_at: at }, tx);
    await this.dates.dateReviewEvents(item.id, [at], tx);
    if (!alert) {
      return;
    }
    const acknowledgedAt = new Date(at.getTime() + DEMO_ALERT.acknowledgedAfterMinutes * 60_000);
    const clinicianId = personId(week, DEMO_ALERT.acknowledgedBy);
    await this.dates.date(
      'crisis_alerts',
      alert.id,
      { created_at: at, escalate_at: new Date(at.getTime() + 10 * 60_000) },
      tx,
    );
    await this.dates.acknowledgeAlert(alert.id, clinicianId, acknowledgedAt, tx);
    week.audit.push({
      at: acknowledgedAt,
      actorId: clinicianId,
      action: 'crisis.acknowledged',
      targetType: 'crisis_alert',
      targetId: alert.id,
      cohortId: target.cohortId,
    });
  }
}
