import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { isStaff } from '../access/auth-user';
import { DomainError } from '../common/domain-error';
import { prepared } from '../database/prepared';
import { PeopleAccess } from '../users/people-access';
import { Block } from './block.entity';
import { separatedFromSql } from './blocks.repository';
import type { BlockedView } from './blocks.dto';

const SEPARATED_FROM = prepared(separatedFromSql('$1'));

/** Personal blocks between peers. Staff can neither block nor be blocked: they must always reach people. */
@Injectable()
export class BlocksService {
  constructor(
    @InjectRepository(Block) private readonly blocks: Repository<Block>,
    private readonly people: PeopleAccess,
    private readonly events: EventEmitter2,
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
    await this.blocks
      .createQueryBuilder()
      .insert()
      .values({ blockerId: user.id, blockedId: userId })
      .orIgnore()
      .execute();
    this.events.emit('block.changed', { blockerId: user.id, blockedId: userId, blocked: true });
    const row = await this.blocks.findOneByOrFail({ blockerId: user.id, blockedId: userId });
    return { userId, displayName: target.displayName, since: row.createdAt.toISOString() };
  }

  async unblock(user: AuthUser, userId: string): Promise<void> {
    await this.blocks.delete({ blockerId: user.id, blockedId: userId });
    this.events.emit('block.changed', { blockerId: user.id, blockedId: userId, blocked: false });
  }

  async list(user: AuthUser): Promise<BlockedView[]> {
    const rows: { blocked_id: string; display_name: string; created_at: Date }[] = await this.blocks.query(
      `SELECT b.blocked_id, u.display_name, b.created_at FROM blocks b JOIN users u ON u.id = b.blocked_id
        WHERE b.blocker_id = $1 ORDER BY b.created_at DESC`,
      [user.id],
    );
    return rows.map((r) => ({ userId: r.blocked_id, displayName: r.display_name, since: r.created_at.toISOString() }));
  }

  /** Everyone the user blocked or was blocked by: their content is hidden from each other. */
  async separatedFrom(userId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.blocks.query(SEPARATED_FROM, [userId]);
    return rows.map((r) => r.id);
  }
}
