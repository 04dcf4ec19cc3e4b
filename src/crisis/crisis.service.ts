import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Interval } from '@nestjs/schedule';
import { AccessService, withinCohorts } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { actsOnAlert, isStaff } from '../access/policy';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { Env } from '../config/env';
import { Transactions } from '../database/transactions';
import type { Tx } from '../database/transactions';
import { CareTeamService } from '../care/care-team.service';
import { ConcernsService } from '../care/concerns.service';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { CrisisCases } from '../moderation/crisis-cases';
import type { LinkedAlert } from '../moderation/crisis-cases';
import type { ReviewItem } from '../moderation/review-item.entity';
import { ReviewService } from '../moderation/review.service';
import { ModerationTargets, TargetInfo } from '../moderation/targets';
import { SettingsService } from '../settings/settings.service';
import { TO_USERS } from '../realtime/relay';
import type { ToUsersEvent } from '../realtime/relay';
import { StaffRepository } from '../staff/staff.repository';
import { UsersRepository } from '../users/users.repository';
import type { CrisisAlert } from './crisis-alert.entity';
import { CrisisAlertsRepository } from './crisis-alerts.repository';
import type { AlertCategory, AlertDetailView, AlertOutcome, AlertStatus, AlertView, EarlierCase } from '../contract';

/** How many messages or posts before and after the words the alert opens with. */
const CONTEXT_AROUND = 5;
const EARLIER_LIMIT = 20;

export interface RaiseCrisis {
  /** Content in a space, or a check-in note (no space; its words stay with the care team). */
  target: Omit<TargetInfo, 'type'> & { type: CrisisAlert['targetType'] };
  categories: AlertCategory[];
  reviewItemId: string | null;
}

/** A check-in note's words stay with the person's care team (issue 19): the alert says only where it was. */
const CHECKIN_TARGET = {
  spaceId: null,
  excerpt: 'In a daily check-in note. Its words are for the person’s care team, in their check-ins.',
};

/**
 * The crisis lane: an alert to on-duty staff of the cohort at once, escalation
 * to every clinician and admin if nobody acknowledges in time, and the
 * clinician's record of what was done. Never silences the author.
 */
@Injectable()
export class CrisisService implements OnModuleInit {
  private readonly logger = new Logger('Crisis');

  constructor(
    private readonly transactions: Transactions,
    private readonly alerts: CrisisAlertsRepository,
    private readonly access: AccessService,
    private readonly users: UsersRepository,
    private readonly staff: StaffRepository,
    private readonly targets: ModerationTargets,
    private readonly audit: AuditService,
    private readonly config: ConfigService<Env, true>,
    private readonly events: EventEmitter2,
    private readonly settings: SettingsService,
    private readonly careTeam: CareTeamService,
    private readonly concerns: ConcernsService,
    private readonly cohorts: CohortsRepository,
    private readonly review: ReviewService,
    private readonly crisisCases: CrisisCases,
  ) {}

  /** One crisis, one case: deciding the alert's review item from the queue records the alert's outcome too. */
  onModuleInit(): void {
    this.crisisCases.register({
      alertsOf: async (itemIds, tx) => {
        const rows = await this.alerts.forReviewItems(itemIds, tx);
        const map = new Map<string, LinkedAlert>();
        for (const row of rows) {
          if (row.reviewItemId && !map.has(row.reviewItemId)) {
            map.set(row.reviewItemId, { id: row.id, status: row.status });
          }
        }
        return map;
      },
      resolveWithItem: async (itemId, user, record, tx) => {
        const [open] = await this.alerts.forReviewItems([itemId], tx);
        if (!open) {
          return undefined;
        }
        await this.recordResolution(user, open, record, tx);
        return open.id;
      },
      announce: async (alertId) => {
        const alert = await this.alerts.findById(alertId);
        if (alert) {
          await this.broadcastUpdate(alert);
        }
      },
    });
  }

  /**
   * Creates the alert inside the content's transaction (so it cannot be lost);
   * call `announce` after commit. With nobody on duty the alert is due for
   * escalation at once: waiting ten minutes for someone who is not there helps no one.
   */
  async raise(input: RaiseCrisis, tx: Tx): Promise<CrisisAlert | undefined> {
    const open = await this.alerts.openFor(input.target.type, input.target.id, tx);
    if (open) {
      return undefined;
    }
    const onDuty = await this.staff.responsibleFor(input.target.cohortId, { onDutyOnly: true });
    const minutes = this.config.get('CRISIS_ESCALATION_MINUTES', { infer: true });
    const escalateAt = onDuty.length > 0 ? new Date(Date.now() + minutes * 60_000) : new Date();
    return this.alerts.insert(
      {
        reviewItemId: input.reviewItemId,
        targetType: input.target.type,
        targetId: input.target.id,
        authorId: input.target.authorId,
        cohortId: input.target.cohortId,
        spaceKind: input.target.spaceKind,
        categories: input.categories,
        escalateAt,
      },
      tx,
    );
  }

  /** After commit: the alert to on-duty staff (or everyone, if none). The author's help is ContentSafetyService's. */
  async announce(alert: CrisisAlert): Promise<void> {
    // A care line is between the person and their care team: its words go to no moderator, so its care team is paged.
    const onDuty =
      alert.spaceKind === 'care' ? [] : await this.staff.responsibleFor(alert.cohortId, { onDutyOnly: true });
    if (onDuty.length > 0) {
      this.toUsers({ userIds: onDuty, event: 'alert:new', payload: await this.view(alert) });
    }
    await this.pageCareTeam(alert, onDuty);
    if (alert.escalateAt.getTime() <= Date.now()) {
      await this.escalateDue();
    }
  }

  /**
   * Outside any cohort's spaces (alumni above all) and in the person's care
   * line, the person's care team is paged too, on duty or not: for alumni the
   * program's alumni care team (settings), for a member their cohort's
   * clinicians and the admins.
   */
  private async pageCareTeam(alert: CrisisAlert, alreadyPaged: string[]): Promise<void> {
    if ((alert.cohortId !== null && alert.spaceKind !== 'care') || !alert.authorId) {
      return;
    }
    const team = (await this.careTeam.of(alert.authorId)).filter((id) => !alreadyPaged.includes(id));
    if (team.length > 0) {
      this.toUsers({ userIds: team, event: 'alert:new', payload: await this.view(alert) });
    }
  }

  async list(user: AuthUser, status: AlertStatus | 'active' = 'active'): Promise<AlertView[]> {
    const statuses: AlertStatus[] = status === 'active' ? ['open', 'acknowledged'] : [status];
    const rows = await this.alerts.withStatus(statuses, 200);
    const moderated = await this.access.moderatedCohortIds(user);
    // The care team is asked once per person however many of their alerts are listed.
    const careTeamOf = new Map<string, Promise<boolean>>();
    const seen: CrisisAlert[] = [];
    for (const alert of rows) {
      if (await this.actsOn(user, alert, moderated, careTeamOf)) {
        seen.push(alert);
      }
    }
    return Promise.all(seen.map((a) => this.view(a)));
  }

  /**
   * One alert with what opens the situation: the cohort, where the words are,
   * the messages or posts around them, the person's earlier alerts and (for
   * their care team) concerns. Opening it is audited: it is a staff read of a
   * person's words and history.
   */
  async detail(user: AuthUser, id: string): Promise<AlertDetailView> {
    const alert = await this.alerts.findById(id);
    if (!alert || !(await this.actsOn(user, alert, await this.access.moderatedCohortIds(user)))) {
      throw new DomainError('not_found', 'Alert not found');
    }
    const cohortId = alert.cohortId ?? (alert.authorId ? await this.careTeam.cohortOf(alert.authorId) : null);
    const [view, cohort, context, earlier, careLineRoomId] = await Promise.all([
      this.view(alert),
      cohortId ? this.cohorts.find(cohortId) : Promise.resolve(null),
      // A check-in note has no conversation around it, and its words stay with the care team.
      alert.targetType === 'checkin'
        ? Promise.resolve(undefined)
        : this.targets.context(alert.targetType, alert.targetId, CONTEXT_AROUND).catch(() => undefined),
      this.earlier(user, alert),
      alert.authorId ? this.careTeam.careLineOf(alert.authorId) : Promise.resolve(null),
    ]);
    await this.audit.record({
      actorId: user.id,
      action: 'crisis.context_read',
      targetType: 'crisis_alert',
      targetId: alert.id,
      cohortId: alert.cohortId,
      details: {
        personId: alert.authorId,
        [`${alert.targetType}Id`]: alert.targetId,
        entries: context?.entries.length ?? 0,
        earlier: earlier.length,
      },
    });
    return {
      ...view,
      cohort: cohort ? { id: cohort.id, name: cohort.name } : null,
      where: context?.where ?? (alert.targetType === 'thread' ? { threadId: alert.targetId } : {}),
      context: context?.entries ?? [],
      earlier,
      careLineRoomId,
    };
  }

  /** The person's earlier alerts, and their concerns for someone on their care team; newest first. */
  private async earlier(user: AuthUser, alert: CrisisAlert): Promise<EarlierCase[]> {
    if (!alert.authorId) {
      return [];
    }
    const [alerts, concerns] = await Promise.all([
      this.alerts.earlierAbout(alert.authorId, alert.id, EARLIER_LIMIT),
      this.concerns.forPerson(user, alert.authorId, EARLIER_LIMIT),
    ]);
    const cases: EarlierCase[] = [
      ...alerts.map((a): EarlierCase => ({
        kind: 'alert',
        id: a.id,
        status: a.status,
        categories: a.categories,
        createdAt: a.createdAt.toISOString(),
        outcome: a.outcome,
      })),
      ...concerns.map((c): EarlierCase => ({
        kind: 'concern',
        id: c.id,
        status: c.status,
        categories: c.categories,
        createdAt: c.createdAt,
        outcome: c.outcome,
      })),
    ];
    return cases.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, EARLIER_LIMIT);
  }

  async acknowledge(user: AuthUser, id: string): Promise<AlertView> {
    const alert = await this.transactions.run(async (tx) => {
      const found = await this.lockForAction(user, id, tx);
      if (found.status !== 'open') {
        return found;
      }
      const acknowledged = await this.alerts.acknowledge(found, user.id, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'crisis.acknowledged',
          targetType: 'crisis_alert',
          targetId: id,
          cohortId: found.cohortId,
        },
        tx,
      );
      return acknowledged;
    });
    await this.broadcastUpdate(alert);
    return this.view(alert);
  }

  /** The clinician's record; the alert's review item closes with it (one crisis, one case). */
  async resolve(user: AuthUser, id: string, outcome: AlertOutcome, note: string): Promise<AlertView> {
    let item: ReviewItem | undefined;
    const alert = await this.transactions.run(async (tx) => {
      const found = await this.lockForAction(user, id, tx);
      if (found.status === 'resolved') {
        throw new DomainError('conflict', 'This alert has already been resolved');
      }
      const resolved = await this.recordResolution(user, found, { outcome, note }, tx);
      if (found.reviewItemId) {
        item = await this.review.closeWithAlert(found.reviewItemId, user.id, { alertId: id, outcome }, tx);
      }
      return resolved;
    });
    await this.broadcastUpdate(alert);
    if (item) {
      await this.review.announceItem(item);
    }
    return this.view(alert);
  }

  /**
   * Resolves the alert (locked) and tells the audit log the outcome (PRODUCT.md).
   * The note's words stay on the alert, with the person's other health data; the
   * log names where it is (`noteId`, the alert) and never copies it.
   */
  private async recordResolution(
    user: AuthUser,
    alert: CrisisAlert,
    record: { outcome: AlertOutcome; note: string },
    tx: Tx,
  ): Promise<CrisisAlert> {
    const resolved = await this.alerts.resolve(alert, { by: user.id, ...record }, tx);
    await this.audit.record(
      {
        actorId: user.id,
        action: 'crisis.resolved',
        targetType: 'crisis_alert',
        targetId: alert.id,
        cohortId: alert.cohortId,
        details: { outcome: record.outcome, noteId: alert.id, reviewItemId: alert.reviewItemId },
      },
      tx,
    );
    return resolved;
  }

  /** Escalates alerts nobody acknowledged in time to every clinician and admin (every node runs this). */
  @Interval(5_000)
  async escalateDue(): Promise<void> {
    let due: CrisisAlert[];
    try {
      due = await this.transactions.run(async (tx) => {
        const ids = await this.alerts.escalateDue(tx);
        for (const id of ids) {
          await this.audit.record(
            { actorId: null, action: 'crisis.escalated', targetType: 'crisis_alert', targetId: id },
            tx,
          );
        }
        return this.alerts.findByIds(ids, tx);
      });
    } catch (error) {
      this.logger.warn(`escalation check failed: ${(error as Error).message}`);
      return;
    }
    if (due.length === 0) {
      return;
    }
    const everyone = await this.staff.cliniciansAndAdmins();
    for (const alert of due) {
      this.logger.warn(`crisis alert ${alert.id} escalated: not acknowledged in time`);
      const view = await this.view(alert);
      this.toUsers({ userIds: everyone, event: 'alert:updated', payload: view });
    }
  }

  /**
   * Whether the caller acts on (and may open) the alert: staff who moderate its
   * cohort, every clinician once it escalated or outside any cohort, and the
   * person's care team (for alumni, the program's alumni care team).
   */
  private async actsOn(
    user: AuthUser,
    alert: CrisisAlert,
    moderated: string[] | 'all',
    careTeamOf = new Map<string, Promise<boolean>>(),
  ): Promise<boolean> {
    const facts = { inCohort: alert.cohortId !== null, escalated: alert.escalatedAt !== null, careTeam: false };
    // Moderators never read a care line's words (issue 17), a crisis in it included: its care team acts.
    const moderates =
      withinCohorts(moderated, alert.cohortId) && !(alert.spaceKind === 'care' && user.role === 'moderator');
    if (actsOnAlert(user.role, moderates, facts) || !isStaff(user) || alert.authorId === null) {
      return actsOnAlert(user.role, moderates, facts);
    }
    let onCareTeam = careTeamOf.get(alert.authorId);
    if (!onCareTeam) {
      onCareTeam = this.careTeam.includes(user.id, alert.authorId);
      careTeamOf.set(alert.authorId, onCareTeam);
    }
    facts.careTeam = await onCareTeam;
    return actsOnAlert(user.role, moderates, facts);
  }

  private async lockForAction(user: AuthUser, id: string, tx: Tx): Promise<CrisisAlert> {
    const found = await this.alerts.lock(id, tx);
    if (!found || !(await this.actsOn(user, found, await this.access.moderatedCohortIds(user)))) {
      throw new DomainError('not_found', 'Alert not found');
    }
    return found;
  }

  private async broadcastUpdate(alert: CrisisAlert): Promise<void> {
    const recipients = alert.escalatedAt
      ? await this.staff.cliniciansAndAdmins()
      : alert.spaceKind === 'care' && alert.authorId
        ? await this.careTeam.of(alert.authorId)
        : await this.staff.responsibleFor(alert.cohortId, { onDutyOnly: false });
    this.toUsers({ userIds: recipients, event: 'alert:updated', payload: await this.view(alert) });
  }

  private toUsers(event: ToUsersEvent): void {
    this.events.emit(TO_USERS, event);
  }

  private async view(alert: CrisisAlert): Promise<AlertView> {
    const ids = [...new Set([alert.authorId, alert.acknowledgedBy, alert.resolvedBy])].filter((x): x is string => !!x);
    const users = await Promise.all(ids.map((id) => this.users.findById(id)));
    const person = (id: string | null) => {
      const u = id ? users.find((x) => x?.id === id) : undefined;
      return u ? { id: u.id, displayName: u.displayName } : null;
    };
    const target =
      alert.targetType === 'checkin'
        ? CHECKIN_TARGET
        : await this.targets.load(alert.targetType, alert.targetId).catch(() => undefined);
    return {
      id: alert.id,
      status: alert.status,
      categories: alert.categories,
      createdAt: alert.createdAt.toISOString(),
      escalateAt: alert.escalateAt.toISOString(),
      escalated: alert.escalatedAt !== null,
      escalatedAt: alert.escalatedAt?.toISOString() ?? null,
      acknowledgedBy: person(alert.acknowledgedBy),
      acknowledgedAt: alert.acknowledgedAt?.toISOString() ?? null,
      resolvedBy: person(alert.resolvedBy),
      resolvedAt: alert.resolvedAt?.toISOString() ?? null,
      outcome: alert.outcome,
      note: alert.note,
      author: person(alert.authorId),
      target: {
        type: alert.targetType,
        id: alert.targetId,
        cohortId: alert.cohortId,
        spaceKind: alert.spaceKind,
        spaceId: target?.spaceId ?? null,
        excerpt: target?.excerpt ?? '',
      },
    };
  }
}
