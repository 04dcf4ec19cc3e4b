import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { CohortRelations } from '../access/cohort-relations';
import type { CohortRelation } from '../access/policy';
import { CohortMembership } from './cohort-membership.entity';
import { Cohort } from './cohort.entity';
import type { CohortMemberView, CohortView, MembershipKind, Role } from '../contract';

interface CohortRow {
  id: string;
  name: string;
  program: string | null;
  starts_on: string | null;
  ends_on: string | null;
  created_at: Date;
  member_count: string;
  membership: MembershipKind | null;
  room_id: string | null;
  board_id: string | null;
}

/** Every query of the cohorts feature; it answers access's CohortRelations. */
@Injectable()
export class CohortsRepository implements CohortRelations {
  constructor(
    @InjectRepository(Cohort) private readonly cohorts: Repository<Cohort>,
    @InjectRepository(CohortMembership) private readonly memberships: Repository<CohortMembership>,
  ) {}

  async relationTo(userId: string, cohortId: string): Promise<CohortRelation> {
    const membership = await this.memberships.findOneBy({ userId, cohortId, leftAt: IsNull() });
    return membership?.kind ?? 'none';
  }

  async ownCohortIds(userId: string): Promise<string[]> {
    const rows = await this.memberships.find({ select: { cohortId: true }, where: { userId, leftAt: IsNull() } });
    return rows.map((r) => r.cohortId);
  }

  /** The cohort alone: its room and board are opened by CohortSpaces in the same transaction. */
  create(manager: EntityManager, cohort: Partial<Cohort>): Promise<Cohort> {
    return manager.getRepository(Cohort).save(manager.getRepository(Cohort).create(cohort));
  }

  exists(id: string): Promise<boolean> {
    return this.cohorts.existsBy({ id });
  }

  /** Cohorts in `ids` (or all), with the viewer's membership and active member counts. */
  async list(viewerId: string, ids: string[] | 'all'): Promise<CohortView[]> {
    if (ids !== 'all' && ids.length === 0) {
      return [];
    }
    const rows: CohortRow[] = await this.cohorts.query(
      `SELECT c.id, c.name, c.program, c.starts_on::text, c.ends_on::text, c.created_at,
              (SELECT count(*) FROM cohort_memberships m WHERE m.cohort_id = c.id AND m.kind = 'member' AND m.left_at IS NULL) AS member_count,
              (SELECT m.kind FROM cohort_memberships m WHERE m.cohort_id = c.id AND m.user_id = $1 AND m.left_at IS NULL) AS membership,
              (SELECT r.id FROM rooms r WHERE r.cohort_id = c.id ORDER BY r.created_at LIMIT 1) AS room_id,
              (SELECT b.id FROM boards b WHERE b.cohort_id = c.id ORDER BY b.created_at LIMIT 1) AS board_id
         FROM cohorts c
        WHERE $2::uuid[] IS NULL OR c.id = ANY($2::uuid[])
        ORDER BY c.created_at DESC, c.id`,
      [viewerId, ids === 'all' ? null : ids],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      program: r.program,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      createdAt: r.created_at.toISOString(),
      memberCount: Number(r.member_count),
      membership: r.membership,
      roomId: r.room_id,
      boardId: r.board_id,
    }));
  }

  /** Active members and facilitators; private details only when asked for. */
  async members(cohortId: string, withPrivate: boolean): Promise<CohortMemberView[]> {
    const rows: {
      id: string;
      display_name: string;
      role: Role;
      kind: MembershipKind;
      joined_at: Date;
      email: string;
      legal_name: string | null;
    }[] = await this.cohorts.query(
      `SELECT u.id, u.display_name, u.role, m.kind, m.joined_at, u.email, u.legal_name
           FROM cohort_memberships m JOIN users u ON u.id = m.user_id
          WHERE m.cohort_id = $1 AND m.left_at IS NULL AND u.status <> 'deleted'
          ORDER BY m.kind DESC, lower(u.display_name)`,
      [cohortId],
    );
    return rows.map((r) => ({
      id: r.id,
      displayName: r.display_name,
      role: r.role,
      membership: r.kind,
      joinedAt: r.joined_at.toISOString(),
      ...(withPrivate ? { email: r.email, legalName: r.legal_name } : {}),
    }));
  }

  async activeMembership(manager: EntityManager, cohortId: string, userId: string): Promise<CohortMembership | null> {
    return manager
      .getRepository(CohortMembership)
      .findOne({
        where: { cohortId, userId },
        lock: { mode: 'pessimistic_write' },
      })
      .then((m) => (m && m.leftAt === null ? m : null));
  }

  async leave(manager: EntityManager, cohortId: string, userId: string, by: string): Promise<void> {
    await manager
      .getRepository(CohortMembership)
      .update({ cohortId, userId }, { leftAt: new Date(), leftReason: 'step_down', leftBy: by });
  }

  /** Every cohort the user is an active member of (not those they facilitate). */
  async leaveAllAsMember(manager: EntityManager, userId: string, by: string): Promise<void> {
    await manager
      .getRepository(CohortMembership)
      .update(
        { userId, kind: 'member', leftAt: IsNull() },
        { leftAt: new Date(), leftReason: 'step_down', leftBy: by },
      );
  }

  async activeMemberCohortCount(manager: EntityManager, userId: string): Promise<number> {
    return manager
      .getRepository(CohortMembership)
      .createQueryBuilder('m')
      .where('m.user_id = :userId AND m.kind = :kind AND m.left_at IS NULL', { userId, kind: 'member' })
      .getCount();
  }

  async addMember(manager: EntityManager, cohortId: string, userId: string, kind: MembershipKind): Promise<void> {
    await manager
      .getRepository(CohortMembership)
      .upsert({ cohortId, userId, kind, joinedAt: new Date(), leftAt: null, leftReason: null, leftBy: null }, [
        'cohortId',
        'userId',
      ]);
  }
}
