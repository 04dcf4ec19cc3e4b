import { Injectable } from '@nestjs/common';
import type { Role } from '../access/access.decorator';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import type { MembershipKind } from '../cohorts/cohort-membership.entity';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { DomainError } from '../common/domain-error';
import type { TermsAudience } from '../consent/terms';
import { UsersRepository } from '../users/users.repository';

export interface MeView {
  id: string;
  displayName: string;
  role: Role;
  email: string;
  termsRequired: boolean;
  termsAudience: TermsAudience;
  cohorts: { id: string; name: string; membership: MembershipKind | null }[];
}

/** The caller's own account (export and deletion join it with the privacy issue). */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UsersRepository,
    private readonly cohorts: CohortsRepository,
    private readonly access: AccessService,
  ) {}

  async me(user: AuthUser): Promise<MeView> {
    const row = await this.users.findById(user.id);
    if (!row) {
      throw new DomainError('not_found', 'Account not found');
    }
    // My groups: the cohorts I belong to (admins and moderators see every cohort elsewhere).
    const cohorts = await this.cohorts.list(user.id, await this.access.ownCohortIds(user.id));
    return {
      id: row.id,
      displayName: row.displayName,
      role: row.role,
      email: row.email,
      termsRequired: user.termsRequired,
      termsAudience: user.termsAudience,
      cohorts: cohorts.map((c) => ({ id: c.id, name: c.name, membership: c.membership })),
    };
  }
}
