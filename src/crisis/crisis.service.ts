import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Interval } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { Env } from '../config/env';
import { ModerationTargets, TargetInfo } from '../moderation/targets';
import { SettingsService } from '../settings/settings.service';
import { TO_USERS, ToUsersEvent } from '../realtime/relay';
import { StaffRepository } from '../staff/staff.repository';
import { User } from '../users/user.entity';
import { AlertOutcome, AlertStatus, CrisisAlert } from './crisis-alert.entity';
import type { AlertView } from './crisis.dto';

export interface RaiseCrisis {
  target: TargetInfo & { type: 'message' | 'post' | 'thread' };
  categories: string[];
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
    private readonly dataSource: DataSource,
    @InjectRepository(CrisisAlert) private readonly alerts: Repository<CrisisAlert>,
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
  async raise(manager: EntityManager, input: RaiseCrisis): Promise<CrisisAlert | undefined> {
    const open = await manager.getRepository(CrisisAlert).findOneBy({
      targetType: input.target.type,
      targetId: input.target.id,
      status: In(['open', 'acknowledged']),
    });
    if (open) {
      return undefined;
    }
    const onDuty = await this.staff.responsibleFor(input.target.cohortId, { onDutyOnly: true });
    const minutes = this.config.get('CRISIS_ESCALATION_MINUTES', { infer: true });
    const escalateAt = onDuty.length > 0 ? new Date(Date.now() + minutes * 60_000) : new Date();
    return manager.getRepository(CrisisAlert).save(
      manager.getRepository(CrisisAlert).create({
        reviewItemId: input.reviewItemId,
        targetType: input.target.type,
        targetId: input.target.id,
        authorId: input.target.authorId,
        cohortId: input.target.cohortId,
        spaceKind: input.target.spaceKind,
        categories: input.categories,
        status: 'open',
        escalateAt,
      }),
    );
  }

  /** After commit: resources to the author at once, the alert to on-duty staff (or everyone, if none). */
  async announce(alert: CrisisAlert): Promise<void> {
    if (alert.authorId) {
      this.toUsers([alert.authorId], 'crisis:resources', { resources: await this.settings.crisisResources() });
    }
    const onDuty = await this.staff.responsibleFor(alert.cohortId, { onDutyOnly: true });
    if (onDuty.length > 0) {
      this.toUsers(onDuty, 'alert:new', await this.view(alert));
    }
    if (alert.escalateAt.getTime() <= Date.now()) {
      await this.escalateDue();
    }
  }

  async list(user: AuthUser, status: AlertStatus | 'active' = 'active'): Promise<AlertView[]> {
    const statuses: AlertStatus[] = status === 'active' ? ['open', 'acknowledged'] : [status];
    const rows = await this.alerts.find({ where: { status: In(statuses) }, order: { createdAt: 'DESC' }, take: 200 });
    const visible: CrisisAlert[] = [];
    for (const alert of rows) {
      if (await this.canAct(user, alert)) {
        visible.push(alert);
      }
    }
    return Promise.all(visible.map((a) => this.view(a)));
  }

  async acknowledge(user: AuthUser, id: string): Promise<AlertView> {
    const alert = await this.dataSource.transaction(async (manager) => {
      const found = await this.lockForAction(manager, user, id);
      if (found.status !== 'open') {
        return found;
      }
      found.status = 'acknowledged';
      found.acknowledgedBy = user.id;
      found.acknowledgedAt = new Date();
      await manager.getRepository(CrisisAlert).save(found);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'crisis.acknowledged',
          targetType: 'crisis_alert',
          targetId: id,
          cohortId: found.cohortId,
        },
        manager,
      );
      return found;
    });
    await this.broadcastUpdate(alert);
    return this.view(alert);
  }

  async resolve(user: AuthUser, id: string, outcome: AlertOutcome, note: string): Promise<AlertView> {
    const alert = await this.dataSource.transaction(async (manager) => {
      const found = await this.lockForAction(manager, user, id);
      if (found.status === 'resolved') {
        throw new DomainError('conflict', 'This alert has already been resolved');
      }
      const now = new Date();
      Object.assign(found, {
        status: 'resolved',
        acknowledgedBy: found.acknowledgedBy ?? user.id,
        acknowledgedAt: found.acknowledgedAt ?? now,
        resolvedBy: user.id,
        resolvedAt: now,
        outcome,
        note,
      });
      await manager.getRepository(CrisisAlert).save(found);
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
        manager,
      );
      return found;
    });
    await this.broadcastUpdate(alert);
    return this.view(alert);
  }

  /**
   * Escalates alerts nobody acknowledged in time to every clinician and admin.
   * SKIP LOCKED lets every node run this and each alert escalate exactly once.
   */
  @Interval(5_000)
  async escalateDue(): Promise<void> {
    let due: CrisisAlert[];
    try {
      due = await this.dataSource.transaction(async (manager) => {
        const ids: { id: string }[] = await manager
          .query(
            `UPDATE crisis_alerts SET escalated_at = now()
            WHERE id IN (SELECT id FROM crisis_alerts
                          WHERE status = 'open' AND escalated_at IS NULL AND escalate_at <= now()
                          ORDER BY escalate_at LIMIT 100 FOR UPDATE SKIP LOCKED)
            RETURNING id`,
          )
          .then((r: [{ id: string }[], number]) => r[0]);
        for (const { id } of ids) {
          await this.audit.record(
            { actorId: null, action: 'crisis.escalated', targetType: 'crisis_alert', targetId: id },
            manager,
          );
        }
        return ids.length ? manager.getRepository(CrisisAlert).findBy({ id: In(ids.map((r) => r.id)) }) : [];
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
      this.toUsers(everyone, 'alert:updated', view);
    }
  }

  async canAct(user: Pick<AuthUser, 'id' | 'role'>, alert: CrisisAlert): Promise<boolean> {
    if (user.role === 'admin' || user.role === 'moderator') {
      return true;
    }
    if (user.role !== 'clinician') {
      return false;
    }
    if (alert.escalatedAt || !alert.cohortId) {
      return true;
    }
    return (await this.staff.responsibleFor(alert.cohortId, { onDutyOnly: false })).includes(user.id);
  }

  private async lockForAction(manager: EntityManager, user: AuthUser, id: string): Promise<CrisisAlert> {
    const found = await manager
      .getRepository(CrisisAlert)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found || !(await this.canAct(user, found))) {
      throw new DomainError('not_found', 'Alert not found');
    }
    return found;
  }

  private async broadcastUpdate(alert: CrisisAlert): Promise<void> {
    const recipients = alert.escalatedAt
      ? await this.staff.cliniciansAndAdmins()
      : await this.staff.responsibleFor(alert.cohortId, { onDutyOnly: false });
    this.toUsers(recipients, 'alert:updated', await this.view(alert));
  }

  private toUsers(userIds: string[], event: string, payload: unknown): void {
    this.events.emit(TO_USERS, { userIds, event, payload } satisfies ToUsersEvent);
  }

  private async view(alert: CrisisAlert): Promise<AlertView> {
    const ids = [alert.authorId, alert.acknowledgedBy, alert.resolvedBy].filter((x): x is string => !!x);
    const users = ids.length ? await this.dataSource.getRepository(User).findBy({ id: In(ids) }) : [];
    const person = (id: string | null) => {
      const u = id ? users.find((x) => x.id === id) : undefined;
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
