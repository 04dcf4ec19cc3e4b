import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { isStaff } from '../access/policy';
import { DomainError } from '../common/domain-error';
import { PeopleAccess } from '../users/people-access';
import { BlocksRepository } from './blocks.repository';
import type { BlockedView } from '../contract';

/** Personal blocks between peers. Staff can neither block nor be blocked: they must always reach people. */
@Injectable()
export class BlocksService {
  constructor(
    private readonly blocks: BlocksRepository,
    private readonly people: PeopleAccess,
  ) {}

  async block(user: AuthUser, userId: string): Promise<BlockedView> {
    if (userId === user.id) {
      throw new DomainError('invalid', 'userId: you cannot block yourself');
    }
    // Someone out of reach is 404; only a person the caller can see may be told they are staff.
    const target = await this.people.requireVisible(user, userId);
    if (isStaff(target)) {
      throw new DomainError(
        'forbidden',
        'Staff cannot be blocked; if a staff member worries you, tell an administrator',
      );
    }
    const since = await this.blocks.add(user.id, userId);
    return { userId, displayName: target.displayName, since: since.toISOString() };
  }

  async unblock(user: AuthUser, userId: string): Promise<void> {
    await this.blocks.remove(user.id, userId);
  }

  async list(user: AuthUser): Promise<BlockedView[]> {
    const rows = await this.blocks.blockedBy(user.id);
    return rows.map((r) => ({ userId: r.blockedId, displayName: r.displayName, since: r.since.toISOString() }));
  }

  /** Everyone the user blocked or was blocked by: their content is hidden from each other. */
  async separatedFrom(userId: string): Promise<string[]> {
    return this.blocks.separatedFrom(userId);
  }
}
