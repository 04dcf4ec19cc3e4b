import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Interval } from '@nestjs/schedule';
import { AccessService, withinCohorts } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { actsOnAlert } from '../access/policy';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { Env } from '../config/env';
import { Transactions } from '../database/transactions';
import type { Tx } from '../database/transactions';
import { ModerationTargets, TargetInfo } from '../moderation/targets';
import { SettingsService } from '../settings/settings.service';
import { TO_USERS } from '../realtime/relay';
import type { ToUsersEvent } from '../realtime/relay';
import { StaffRepository } from '../staff/staff.repository';
import { UsersRepository } from '../users/users.repository';
import type { CrisisAlert } from './crisis-alert.entity';
import { CrisisAlertsRepository } from './crisis-alerts.repository';
import type { AlertCategory, AlertOutcome, AlertStatus, AlertView } from '../contract';

export interface RaiseCrisis {
  target: TargetInfo & { type: 'message' | 'post' | 'thread' };
  categories: AlertCategory[];
  reviewItemId: string | null;
}

/**
 * The crisis lane: an alert to on-duty staff of the cohort at once, escalation
 * to every clinician and admin if nobody acknowledges in time, and the
 * clinician's record of what was done. Never silences the author.
 */
@Injectable()
export class CrisisService {
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
  ) {}

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
    const onDuty = await this.staff.responsibleFor(alert.cohortId, { onDutyOnly: true });
    if (onDuty.length > 0) {
      this.toUsers({ userIds: onDuty, event: 'alert:new', payload: await this.view(alert) });
    }
    if (alert.escalateAt.getTime() <= Date.now()) {
      await this.escalateDue();
    }
  }

  async list(user: AuthUser, status: AlertStatus | 'active' = 'active'): Promise<AlertView[]> {
    const statuses: AlertStatus[] = status === 'active' ? ['open', 'acknowledged'] : [status];
    const rows = await this.alerts.withStatus(statuses, 200);
    const moderated = await this.access.moderatedCohortIds(user);
    return Promise.all(rows.filter((a) => actsOn(user, a, moderated)).map((a) => this.view(a)));
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

  async resolve(user: AuthUser, id: string, outcome: AlertOutcome, note: string): Promise<AlertView> {
    const alert = await this.transactions.run(async (tx) => {
      const found = await this.lockForAction(user, id, tx);
      if (found.status === 'resolved') {
        throw new DomainError('conflict', 'This alert has already been resolved');
      }
      const resolved = await this.alerts.resolve(found, { by: user.id, outcome, note }, tx);
      // The clinician's record is part of the audit log (PRODUCT.md).
      await this.audit.record(
        {
          actorId: user.id,
          action: 'crisis.resolved',
          targetType: 'crisis_alert',
          targetId: id,
          cohortId: found.cohortId,
          details: { outcome, note },
        },
        tx,
      );
      return resolved;
    });
    await this.broadcastUpdate(alert);
    return this.view(alert);
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

  private async lockForAction(user: AuthUser, id: string, tx: Tx): Promise<CrisisAlert> {
    const found = await this.alerts.lock(id, tx);
    if (!found || !actsOn(user, found, await this.access.moderatedCohortIds(user))) {
      throw new DomainError('not_found', 'Alert not found');
    }
    return found;
  }

  private async broadcastUpdate(alert: CrisisAlert): Promise<void> {
    const recipients = alert.escalatedAt
      ? await this.staff.cliniciansAndAdmins()
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
    const target = await this.targets.load(alert.targetType, alert.targetId).catch(() => undefined);
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

/** Whether the caller acts on the alert, given the cohorts they moderate (the policy decides). */
function actsOn(user: Pick<AuthUser, 'role'>, alert: CrisisAlert, moderated: string[] | 'all'): boolean {
  return actsOnAlert(user.role, withinCohorts(moderated, alert.cohortId), {
    inCohort: alert.cohortId !== null,
    escalated: alert.escalatedAt !== null,
  });
}
