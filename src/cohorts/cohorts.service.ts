import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';
import { RoleChanges } from '../users/role-changes';
import { MEMBER_STEPPED_DOWN, type MemberSteppedDownEvent } from '../users/users.events';
import { UsersRepository } from '../users/users.repository';
import { CohortSpaces } from './cohort-spaces';
import type { CreateCohortDto } from './cohorts.dto';
import { CohortsRepository, NewCohort } from './cohorts.repository';
import type { CohortMemberView, CohortView, StepDownResult } from '../contract';

/** A new cohort with its group chat and board. */
export interface CreatedCohort {
  id: string;
  name: string;
  roomId: string;
  boardId: string;
}

@Injectable()
export class CohortsService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly cohorts: CohortsRepository,
    private readonly spaces: CohortSpaces,
    private readonly users: UsersRepository,
    private readonly roleChanges: RoleChanges,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  onModuleInit(): void {
    // Alumni and peer mentors no longer belong to active cohorts (the same rule as step-down).
    // Undoing such a change puts the person back in the cohorts they left with it.
    this.roleChanges.register(async (change, tx) => {
      const left = change.restore?.leftCohortIds;
      if (Array.isArray(left) && left.length > 0) {
        await this.cohorts.rejoinAsMember(change.userId, left as string[], tx);
      }
      if (change.to === 'alumni' || change.to === 'peer_mentor') {
        return { leftCohortIds: await this.cohorts.leaveAllAsMember(change.userId, change.actorId, tx) };
      }
      return undefined;
    });
  }

  async create(user: AuthUser, dto: CreateCohortDto): Promise<CohortView> {
    if (dto.startsOn && dto.endsOn && dto.endsOn < dto.startsOn) {
      throw new DomainError('invalid', 'endsOn must not be before startsOn');
    }
    const cohort = await this.transactions.run(async (tx) => {
      const created = await this.createWithSpaces(
        {
          name: dto.name.trim(),
          program: dto.program?.trim() || null,
          startsOn: dto.startsOn ?? null,
          endsOn: dto.endsOn ?? null,
          createdBy: user.id,
        },
        tx,
      );
      // The clinician who creates a cohort facilitates it.
      if (user.role === 'clinician') {
        await this.cohorts.addMember(created.id, user.id, 'facilitator', tx);
      }
      await this.audit.record(
        {
          actorId: user.id,
          action: 'cohort.created',
          targetType: 'cohort',
          targetId: created.id,
          cohortId: created.id,
        },
        tx,
      );
      return created;
    });
    const [view] = await this.views(user.id, [cohort.id]);
    return view;
  }

  /** A cohort with its group chat and board, in the caller's transaction (also how the demo seed starts its groups). */
  async createWithSpaces(cohort: NewCohort, tx: Tx): Promise<CreatedCohort> {
    const created = await this.cohorts.create(cohort, tx);
    const spaces = await this.spaces.open(created, tx);
    return { ...created, roomId: spaces.room, boardId: spaces.board };
  }

  async list(user: AuthUser): Promise<CohortView[]> {
    return this.views(user.id, await this.access.visibleCohortIds(user));
  }

  /** Cohorts with each one's group chat and board. */
  private async views(viewerId: string, ids: string[] | 'all'): Promise<CohortView[]> {
    const cohorts = await this.cohorts.list(viewerId, ids);
    const spaces = await this.spaces.firstOf(cohorts.map((c) => c.id));
    return cohorts.map((c) => ({
      ...c,
      roomId: spaces.room.get(c.id) ?? null,
      boardId: spaces.board.get(c.id) ?? null,
    }));
  }

  async members(user: AuthUser, cohortId: string): Promise<CohortMemberView[]> {
    await this.access.requireCohort(user, cohortId, 'cohort.members.read');
    if (!(await this.cohorts.exists(cohortId))) {
      throw new DomainError('not_found', 'Cohort not found');
    }
    const withPrivate = await this.access.can(user, cohortId, 'cohort.members.private');
    const members = await this.cohorts.members(cohortId, withPrivate);
    if (withPrivate) {
      // Staff reads of members' private details are audited (PRODUCT.md, Audit).
      await this.audit.record({
        actorId: user.id,
        action: 'cohort.members_private_viewed',
        targetType: 'cohort',
        targetId: cohortId,
        cohortId,
        details: { userIds: members.filter((m) => m.membership === 'member').map((m) => m.id) },
      });
    }
    return members;
  }

  /**
   * A member finishes their active group: they leave the cohort's spaces at once
   * (listeners close their sockets' access) and, with no other active cohort,
   * become alumni, who see the alumni lounge and boards.
   */
  async stepDown(actor: AuthUser, cohortId: string, userId: string): Promise<StepDownResult> {
    await this.access.requireCohort(actor, cohortId, 'cohort.stepDown');
    const role = await this.transactions.run(async (tx) => {
      const membership = await this.cohorts.lockActiveMembership(cohortId, userId, tx);
      if (!membership || membership.kind !== 'member') {
        throw new DomainError('not_found', 'No active member with that id in this cohort');
      }
      await this.cohorts.leave(cohortId, userId, actor.id, tx);
      const stillMember = (await this.cohorts.activeMemberCohortCount(userId, tx)) > 0;
      const user = await this.users.findById(userId, tx);
      if (!user) {
        throw new DomainError('not_found', 'User not found');
      }
      const newRole = !stillMember && user.role === 'member' ? 'alumni' : user.role;
      if (newRole !== user.role) {
        await this.users.setRole(userId, newRole, tx);
      }
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'member.stepped_down',
          targetType: 'user',
          targetId: userId,
          cohortId,
          details: { role: newRole },
        },
        tx,
      );
      return newRole;
    });
    this.events.emit(MEMBER_STEPPED_DOWN, { userId, cohortId, role } satisfies MemberSteppedDownEvent);
    return { userId, cohortId, role };
  }
}
