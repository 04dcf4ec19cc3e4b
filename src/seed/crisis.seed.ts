import { Injectable } from '@nestjs/common';
import type { AlertCategory, AlertOutcome } from '../contract';
import { CrisisService } from '../crisis/crisis.service';
import type { Tx } from '../database/transactions';
import { ReviewService } from '../moderation/review.service';
import { ModerationTargets } from '../moderation/targets';
import { DemoWeekRepository } from './demo-week.repository';
import { DemoArea, DemoWeek, personId, written } from './demo-week';

interface DemoAlert {
  /** The key of a reply in DEMO_THREADS (forums.seed.ts). */
  target: string;
  categories: AlertCategory[];
  /** The clinician who acknowledged it, so many minutes after it was raised. */
  acknowledgedBy: string;
  acknowledgedAfterMinutes: number;
  /** Their record of what they did; without one, the alert is still theirs to close. */
  resolved?: { outcome: AlertOutcome; note: string; afterMinutes: number };
}

/**
 * The week's crisis alerts, each as the crisis detector raises one (an urgent review
 * item and an alert): one the clinician looked into and closed earlier in the week,
 * and yesterday evening's, acknowledged within minutes and still open for its record,
 * so the alerts screen has something in both tabs.
 */
export const DEMO_ALERTS: DemoAlert[] = [
  {
    target: 'sunny-disappear',
    categories: ['suicidal_ideation'],
    acknowledgedBy: 'clinician@demo.hearth.test',
    acknowledgedAfterMinutes: 4,
    resolved: {
      outcome: 'reached_out',
      note: 'Called Sunny the next morning: she meant needing rest, not harming herself. We went over her safety plan together; she knows the crisis line is there.',
      afterMinutes: 15 * 60,
    },
  },
  {
    target: 'willow-crisis',
    categories: ['suicidal_ideation'],
    acknowledgedBy: 'clinician2@demo.hearth.test',
    acknowledgedAfterMinutes: 6,
  },
];

@Injectable()
export class CrisisDemo implements DemoArea {
  constructor(
    private readonly targets: ModerationTargets,
    private readonly review: ReviewService,
    private readonly crisis: CrisisService,
    private readonly dates: DemoWeekRepository,
  ) {}

  async seedWeek(week: DemoWeek, tx: Tx): Promise<void> {
    for (const demo of DEMO_ALERTS) {
      await this.seedAlert(week, demo, tx);
    }
  }

  private async seedAlert(week: DemoWeek, demo: DemoAlert, tx: Tx): Promise<void> {
    const content = written(week, demo.target);
    const target = await this.targets.load(content.type, content.id, tx);
    if (!target || target.type === 'user') {
      return;
    }
    const at = content.at;
    const { item } = await this.review.fromSystem(
      target,
      'crisis',
      { categories: demo.categories, severity: 'urgent' },
      tx,
    );
    const alert = await this.crisis.raise(
      { target: { ...target, type: target.type }, categories: demo.categories, reviewItemId: item.id },
      tx,
    );
    if (!alert) {
      return;
    }
    const clinicianId = personId(week, demo.acknowledgedBy);
    const acknowledgedAt = new Date(at.getTime() + demo.acknowledgedAfterMinutes * 60_000);
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
    const record = demo.resolved;
    if (!record) {
      await this.dates.date('review_items', item.id, { created_at: at, updated_at: at }, tx);
      await this.dates.dateReviewEvents(item.id, [at], tx);
      return;
    }
    // One crisis is one case: the alert and its review item close together.
    const resolvedAt = new Date(at.getTime() + record.afterMinutes * 60_000);
    await this.dates.resolveAlert(alert.id, clinicianId, record.outcome, record.note, resolvedAt, tx);
    await this.review.closeWithAlert(item.id, clinicianId, { outcome: record.outcome, alertId: alert.id }, tx);
    await this.dates.date(
      'review_items',
      item.id,
      { created_at: at, updated_at: resolvedAt, claimed_at: acknowledgedAt, resolved_at: resolvedAt },
      tx,
    );
    await this.dates.dateReviewEvents(item.id, [at, resolvedAt], tx);
    week.audit.push({
      at: resolvedAt,
      actorId: clinicianId,
      action: 'crisis.resolved',
      targetType: 'crisis_alert',
      targetId: alert.id,
      cohortId: target.cohortId,
      details: { outcome: record.outcome, noteId: alert.id, reviewItemId: item.id },
    });
  }
}
