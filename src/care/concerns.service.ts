import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Interval } from '@nestjs/schedule';
import type { AuthUser } from '../access/auth-user';
import { decideConcern } from '../access/policy';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';
import { TO_USERS } from '../realtime/relay';
import { SettingsService } from '../settings/settings.service';
import type { ToUsersEvent } from '../realtime/relay';
import { CareTeamService } from './care-team.service';
import { ConcernsRepository } from './concerns.repository';
import type { ConcernRecord } from './concerns.repository';
import { concernView } from './concerns.views';
import type { ConcernOutcome, ConcernSource, ConcernStatus, ConcernView } from '../contract';

/** Nobody took it in a day: the admins are told (issue 16: concern, not a page). */
export const CONCERN_ADMINS_AFTER_MS = 24 * 60 * 60_000;
const LIST_LIMIT = 200;

export interface RaiseConcern {
  personId: string;
  source: ConcernSource;
  /** The message, post or thread that read as a concern; none for a check-in pattern. */
  targetId: string | null;
  /** The cohort the content was written in, when known; otherwise the person's own. */
  cohortId?: string | null;
  categories?: readonly string[];
  /** For check-in patterns: which rule (e.g. `low_mood_3_days`). */
  rule?: string | null;
  /** What the care team needs beside it (e.g. the check-in trend); never logged. */
  details?: Record<string, unknown>;
}

type Viewer = Pick<AuthUser, 'id' | 'role'>;

/**
 * Concerns: the wellbeing level of the crisis lane. A concern goes to the person's
 * care team (their clinicians and the admins; for alumni the alumni care team),
 * never to moderators; someone takes it and records what was done; if nobody
 * takes it within a day the admins are told. It is not a page: no on-duty alert.
 */
@Injectable()
export class ConcernsService {
  private readonly logger = new Logger('Concerns');

  constructor(
    private readonly concerns: ConcernsRepository,
    private readonly careTeam: CareTeamService,
    private readonly settings: SettingsService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * Stores a concern inside the caller's transaction (so it cannot be lost); call
   * `announce` with the answer after commit. Answers nothing when the same content
   * already has an open concern.
   */
  async raise(input: RaiseConcern, tx: Tx): Promise<string | undefined> {
    const cohortId = input.cohortId !== undefined ? input.cohortId : await this.careTeam.cohortOf(input.personId, tx);
    return this.concerns.insert(
      {
        personId: input.personId,
        cohortId,
        source: input.source,
        targetId: input.targetId,
        categories: input.categories ?? [],
        rule: input.rule ?? null,
        details: input.details ?? {},
        adminsDueAt: new Date(Date.now() + CONCERN_ADMINS_AFTER_MS),
      },
      tx,
    );
  }

  /** After commit: the concern to its care team's open screens. */
  async announce(concernId: string | undefined): Promise<void> {
    if (!concernId) {
      return;
    }
    const concern = await this.concerns.find(concernId);
    if (concern) {
      this.toUsers({
        userIds: await this.careTeam.of(concern.personId),
        event: 'concern:new',
        payload: concernView(concern),
      });
    }
  }

  /** The concerns the caller looks after: open (and taken) ones by default, newest first. */
  async list(viewer: Viewer, status: 'active' | ConcernStatus = 'active'): Promise<ConcernView[]> {
    const statuses: ConcernStatus[] = status === 'active' ? ['open', 'taken'] : [status];
    const rows = await this.concerns.listFor(
      viewer.id,
      await this.settings.effectiveAlumniCareTeam(),
      statuses,
      LIST_LIMIT,
    );
    return rows.map(concernView);
  }

  /** A person's concerns for someone on their care team (the situation around an alert); [] for anyone else. */
  async forPerson(viewer: Viewer, personId: string, limit = 20): Promise<ConcernView[]> {
    if (!(await this.mayAct(viewer, personId))) {
      return [];
    }
    return (await this.concerns.forPerson(personId, limit)).map(concernView);
  }

  /** "I'll look into it": the concern is the caller's, and no longer goes to the admins. */
  async take(viewer: Viewer, id: string): Promise<ConcernView> {
    const concern = await this.transactions.run(async (tx) => {
      const found = await this.lockForAction(viewer, id, tx);
      if (found.status !== 'open') {
        return found;
      }
      await this.concerns.take(id, viewer.id, tx);
      await this.audit.record(
        {
          actorId: viewer.id,
          action: 'concern.taken',
          targetType: 'care_concern',
          targetId: id,
          cohortId: found.cohortId,
        },
        tx,
      );
      return (await this.concerns.find(id, tx)) as ConcernRecord;
    });
    await this.broadcast(concern);
    return concernView(concern);
  }

  /** The care team's record of what was done (audited). */
  async resolve(viewer: Viewer, id: string, outcome: ConcernOutcome, note: string): Promise<ConcernView> {
    const concern = await this.transactions.run(async (tx) => {
      const found = await this.lockForAction(viewer, id, tx);
      if (found.status === 'resolved') {
        throw new DomainError('conflict', 'This concern has already been resolved');
      }
      await this.concerns.resolve(id, viewer.id, outcome, note, tx);
      await this.audit.record(
        {
          actorId: viewer.id,
          action: 'concern.resolved',
          targetType: 'care_concern',
          targetId: id,
          cohortId: found.cohortId,
          details: { outcome },
        },
        tx,
      );
      return (await this.concerns.find(id, tx)) as ConcernRecord;
    });
    await this.broadcast(concern);
    return concernView(concern);
  }

  /** Concerns nobody took within a day are told to the admins, once, across nodes. */
  @Interval(60_000)
  async tellAdminsDue(): Promise<void> {
    let due: ConcernRecord[];
    try {
      due = await this.transactions.run(async (tx) => {
        const ids = await this.concerns.markAdminsDue(tx);
        const found: ConcernRecord[] = [];
        for (const id of ids) {
          await this.audit.record(
            { actorId: null, action: 'concern.told_admins', targetType: 'care_concern', targetId: id },
            tx,
          );
          const concern = await this.concerns.find(id, tx);
          if (concern) {
            found.push(concern);
          }
        }
        return found;
      });
    } catch (error) {
      // The code only: a driver's message can quote the values it was given.
      this.logger.warn(
        { code: (error as { code?: string }).code, type: (error as Error).name },
        'concern check failed',
      );
      return;
    }
    for (const concern of due) {
      this.logger.warn({ concernId: concern.id }, 'concern told to admins: nobody took it within a day');
      await this.broadcast(concern);
    }
  }

  private async mayAct(viewer: Viewer, personId: string): Promise<boolean> {
    const onCareTeam = viewer.role === 'admin' || (await this.careTeam.includes(viewer.id, personId));
    return decideConcern(viewer.role, onCareTeam ? 'care_team' : 'none') === 'allow';
  }

  private async lockForAction(viewer: Viewer, id: string, tx: Tx): Promise<ConcernRecord> {
    const found = await this.concerns.lock(id, tx);
    if (!found || !(await this.mayAct(viewer, found.personId))) {
      throw new DomainError('not_found', 'Concern not found');
    }
    return found;
  }

  private async broadcast(concern: ConcernRecord): Promise<void> {
    this.toUsers({
      userIds: await this.careTeam.of(concern.personId),
      event: 'concern:updated',
      payload: concernView(concern),
    });
  }

  private toUsers(event: ToUsersEvent): void {
    if (event.userIds.length > 0) {
      this.events.emit(TO_USERS, event);
    }
  }
}
