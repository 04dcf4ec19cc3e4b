import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { UsersRepository } from '../users/users.repository';
import { ReviewRepository } from './review.repository';
import { ModerationTargets, TargetHandler, TargetInfo } from './targets';

/** People can be flagged too (harassment in private, a worrying pattern); moderation acts on them with sanctions. */
@Injectable()
export class UserTarget implements TargetHandler, OnModuleInit {
  constructor(
    private readonly users: UsersRepository,
    private readonly items: ReviewRepository,
    private readonly targets: ModerationTargets,
  ) {}

  onModuleInit(): void {
    this.targets.register('user', this);
  }

  async load(id: string): Promise<TargetInfo | undefined> {
    const user = await this.users.findById(id);
    if (!user || user.status === 'deleted') {
      return undefined;
    }
    return {
      type: 'user',
      id: user.id,
      authorId: user.id,
      cohortId: await this.items.memberCohortOf(user.id),
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
