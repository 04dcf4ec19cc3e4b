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
    return {
      type: 'user',
      id: user.id,
      authorId: user.id,
      cohortId: null,
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
