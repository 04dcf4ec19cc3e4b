import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { metByRole } from '../access/policy';
import { DomainError } from '../common/domain-error';
import type { User } from './user.entity';
import { UsersRepository } from './users.repository';

export type VisiblePerson = Pick<User, 'id' | 'displayName' | 'role'>;

/**
 * Whether a caller can see a person, for every route that takes a user id from
 * a member: someone out of reach is 404 everywhere, like rooms and threads, so an
 * id never confirms that an account (being in treatment) exists. Staff see per
 * their scope; admins and moderators see everyone.
 */
@Injectable()
export class PeopleAccess {
  constructor(
    private readonly access: AccessService,
    private readonly users: UsersRepository,
  ) {}

  async requireVisible(user: Pick<AuthUser, 'id' | 'role'>, personId: string): Promise<VisiblePerson> {
    const spaces = await this.access.visibleSpaces(user);
    const cohortIds = spaces.cohortIds === 'all' ? null : spaces.cohortIds;
    const person = await this.users.visibleTo(personId, {
      id: user.id,
      cohortIds,
      kinds: spaces.kinds.filter((kind) => kind !== 'cohort'),
      metRoles: metByRole(user.role, cohortIds === null || cohortIds.length > 0),
    });
    if (!person) {
      throw new DomainError('not_found', 'User not found');
    }
    return person;
  }
}
