import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import type { AuthUser } from './auth-user';
import { CohortRelations } from './cohort-relations';
import {
  CohortPermission,
  CohortRelation,
  decideCohort,
  decideSpace,
  seesAllCohorts,
  SpaceAction,
  SpaceKind,
} from './policy';

export interface Space {
  kind: SpaceKind;
  cohortId: string | null;
}

/** What a caller may see, for building queries that cannot leak: cohort spaces in `cohortIds`, other spaces by kind. */
export interface VisibleSpaces {
  cohortIds: string[] | 'all';
  kinds: SpaceKind[];
}

/** Whether a record of `cohortId` lies within `cohortIds`; one outside any cohort only within `all`. */
export function withinCohorts(cohortIds: string[] | 'all', cohortId: string | null): boolean {
  return cohortIds === 'all' || (cohortId !== null && cohortIds.includes(cohortId));
}

/**
 * Per-record access (STYLE.md: one `requireAccess` helper). Every feature asks
 * here whether a caller may act inside a cohort; hidden cohorts answer 404.
 */
@Injectable()
export class AccessService {
  constructor(private readonly relations: CohortRelations) {}

  relationTo(userId: string, cohortId: string): Promise<CohortRelation> {
    return this.relations.relationTo(userId, cohortId);
  }

  /** Throws not_found (hidden) or forbidden unless the caller may do `permission` in the cohort. */
  async requireCohort(user: AuthUser, cohortId: string, permission: CohortPermission, what = 'Cohort'): Promise<void> {
    const relation = seesAllCohorts(user.role) ? 'none' : await this.relationTo(user.id, cohortId);
    switch (decideCohort(user.role, relation, permission)) {
      case 'allow':
        return;
      case 'forbid':
        throw new DomainError('forbidden', 'Your role does not allow this in this group');
      case 'hide':
        throw new DomainError('not_found', `${what} not found`);
    }
  }

  /** Throws not_found (hidden) or forbidden unless the caller may `action` in the room or board. */
  async requireSpace(user: AuthUser, space: Space, action: SpaceAction, what = 'Room'): Promise<void> {
    switch (await this.decideSpace(user, space, action)) {
      case 'allow':
        return;
      case 'forbid':
        throw new DomainError('forbidden', 'Your role does not allow this here');
      case 'hide':
        throw new DomainError('not_found', `${what} not found`);
    }
  }

  async canInSpace(user: AuthUser, space: Space, action: SpaceAction): Promise<boolean> {
    return (await this.decideSpace(user, space, action)) === 'allow';
  }

  /** The spaces the caller may read: feature queries filter by this. */
  async visibleSpaces(user: Pick<AuthUser, 'id' | 'role'>): Promise<VisibleSpaces> {
    const kinds: SpaceKind[] = (['alumni', 'community', 'staff'] as const).filter(
      (kind) => decideSpace(user.role, kind, 'none', 'read') === 'allow',
    );
    return { cohortIds: await this.visibleCohortIds(user), kinds: ['cohort', ...kinds] };
  }

  private async decideSpace(user: AuthUser, space: Space, action: SpaceAction): Promise<'allow' | 'forbid' | 'hide'> {
    if (space.kind !== 'cohort' || !space.cohortId) {
      return decideSpace(user.role, space.kind, 'none', action);
    }
    const relation = seesAllCohorts(user.role) ? 'none' : await this.relationTo(user.id, space.cohortId);
    return decideSpace(user.role, space.kind, relation, action);
  }

  async can(user: Pick<AuthUser, 'id' | 'role'>, cohortId: string, permission: CohortPermission): Promise<boolean> {
    const relation = seesAllCohorts(user.role) ? 'none' : await this.relationTo(user.id, cohortId);
    return decideCohort(user.role, relation, permission) === 'allow';
  }

  /**
   * Cohorts the caller may see (`all` for admins and moderators). Feature queries
   * filter by this so that cohort isolation is built into the query itself.
   */
  async visibleCohortIds(user: Pick<AuthUser, 'id' | 'role'>): Promise<string[] | 'all'> {
    if (seesAllCohorts(user.role)) {
      return 'all';
    }
    if (user.role === 'alumni' || user.role === 'peer_mentor') {
      return [];
    }
    return this.ownCohortIds(user.id);
  }

  /**
   * Cohorts whose review items, appeals and crisis alerts the caller acts on
   * (`all` for those who see every cohort): the policy's `cohort.moderate`.
   */
  async moderatedCohortIds(user: Pick<AuthUser, 'id' | 'role'>): Promise<string[] | 'all'> {
    const visible = await this.visibleCohortIds(user);
    if (visible === 'all') {
      return 'all';
    }
    const allowed = await Promise.all(visible.map((id) => this.can(user, id, 'cohort.moderate')));
    return visible.filter((_, i) => allowed[i]);
  }

  /** Cohorts the user belongs to now, as member or facilitator. */
  ownCohortIds(userId: string): Promise<string[]> {
    return this.relations.ownCohortIds(userId);
  }
}
