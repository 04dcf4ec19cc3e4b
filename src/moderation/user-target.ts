import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { User } from '../users/user.entity';
import { ModerationTargets, TargetHandler, TargetInfo } from './targets';

/** People can be flagged too (harassment in private, a worrying pattern); moderation acts on them with sanctions. */
@Injectable()
export class UserTarget implements TargetHandler, OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly targets: ModerationTargets,
  ) {}

  onModuleInit(): void {
    this.targets.register('user', this);
  }

  async load(id: string): Promise<TargetInfo | undefined> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user || user.status === 'deleted') {
      return undefined;
    }
    // A report about a member goes to their cohort's clinicians as well as to moderators.
    const [membership] = await this.dataSource.query<{ cohort_id: string }[]>(
      `SELECT cohort_id FROM cohort_memberships WHERE user_id = $1 AND kind = 'member' AND left_at IS NULL ORDER BY joined_at LIMIT 1`,
      [id],
    );
    return {
      type: 'user',
      id: user.id,
      authorId: user.id,
      cohortId: membership?.cohort_id ?? null,
      spaceKind: null,
      spaceId: null,
      status: null,
      excerpt: user.displayName,
      contentWarning: null,
    };
  }

  setStatus(): Promise<void> {
    throw new DomainError('invalid', 'A person cannot be hidden; use a sanction');
  }

  setContentWarning(): Promise<void> {
    throw new DomainError('invalid', 'A person cannot carry a content warning');
  }

  async announce(): Promise<void> {
    // Sanctions announce themselves (SanctionsService.announce).
  }
}
