import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { RoleChanges } from '../users/role-changes';
import { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import type { CreateCohortDto } from './cohorts.dto';
import { CohortSpaces } from './cohort-spaces';
import { CohortsRepository } from './cohorts.repository';
import type { CohortMemberView, CohortView, StepDownResult } from '../contract';

export interface MemberSteppedDownEvent {
  userId: string;
  cohortId: string;
  /** The user's role afterwards (alumni unless still a member of another cohort). */
  role: User['role'];
}

@Injectable()
export class CohortsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
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
    this.roleChanges.register(async (tx, change) => {
      if (change.to === 'alumni' || change.to === 'peer_mentor') {
        await this.cohorts.leaveAllAsMember(tx, change.userId, change.actorId);
      }
    });
  }

  async create(user: AuthUser, dto: CreateCohortDto): Promise<CohortView> {
    if (dto.startsOn && dto.endsOn && dto.endsOn < dto.startsOn) {
      throw new DomainError('invalid', 'endsOn must not be before startsOn');
    }
    const cohort = await this.dataSource.transaction(async (manager) => {
      const created = await this.cohorts.create(manager, {
        name: dto.name.trim(),
        program: dto.program?.trim() || null,
        startsOn: dto.startsOn ?? null,
        endsOn: dto.endsOn ?? null,
        createdBy: user.id,
      });
      await this.spaces.open(manager, created);
      // The clinician who creates a cohort facilitates it.
      if (user.role === 'clinician') {
        await this.cohorts.addMember(manager, created.id, user.id, 'facilitator');
      }
      await this.audit.record(
        {
          actorId: user.id,
          action: 'cohort.created',
          targetType: 'cohort',
          targetId: created.id,
          cohortId: created.id,
        },
        manager,
      );
      return created;
    });
    const [view] = await this.cohorts.list(user.id, [cohort.id]);
    return view;
  }

  async list(user: AuthUser): Promise<CohortView[]> {
    return this.cohorts.list(user.id, await this.access.visibleCohortIds(user));
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
    const role = await this.dataSource.transaction(async (manager) => {
      const membership = await this.cohorts.activeMembership(manager, cohortId, userId);
      if (!membership || membership.kind !== 'member') {
        throw new DomainError('not_found', 'No active member with that id in this cohort');
      }
      await this.cohorts.leave(manager, cohortId, userId, actor.id);
      const stillMember = (await this.cohorts.activeMemberCohortCount(manager, userId)) > 0;
      const user = await manager.getRepository(User).findOneByOrFail({ id: userId });
      const newRole = !stillMember && user.role === 'member' ? 'alumni' : user.role;
      if (newRole !== user.role) {
        await this.users.setRole(manager, userId, newRole);
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
        manager,
      );
      return newRole;
    });
    this.events.emit('member.stepped_down', { userId, cohortId, role } satisfies MemberSteppedDownEvent);
    return { userId, cohortId, role };
  }
}
