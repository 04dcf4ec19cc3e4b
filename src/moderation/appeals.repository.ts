import { Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions';
import type { Tx } from '../database/transactions';
import { Appeal } from './appeal.entity';
import type { AppealStatus } from '../contract';

export type NewAppeal = Pick<Appeal, 'userId' | 'reviewItemId' | 'sanctionId' | 'text'>;

@Injectable()
export class AppealsRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Open; a second appeal of the same decision violates a unique index. */
  insert(appeal: NewAppeal, tx: Tx): Promise<Appeal> {
    const repo = tx.getRepository(Appeal);
    return repo.save(repo.create({ ...appeal, status: 'open' }));
  }

  byUser(userId: string, tx?: Tx): Promise<Appeal[]> {
    return this.on(tx).getRepository(Appeal).findBy({ userId });
  }

  /** Oldest first: the queue staff work through. */
  withStatus(status: AppealStatus, limit: number, tx?: Tx): Promise<Appeal[]> {
    return this.on(tx)
      .getRepository(Appeal)
      .find({ where: { status }, order: { createdAt: 'ASC' }, take: limit });
  }

  /** The appeal, locked for a decision: a second decider waits, then finds it decided. */
  lock(id: string, tx: Tx): Promise<Appeal | null> {
    return tx.getRepository(Appeal).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  decide(
    appeal: Appeal,
    decision: { status: Exclude<AppealStatus, 'open'>; by: string; reason: string },
    tx: Tx,
  ): Promise<Appeal> {
    return tx.getRepository(Appeal).save(
      Object.assign(appeal, {
        status: decision.status,
        decidedBy: decision.by,
        decidedAt: new Date(),
        decisionReason: decision.reason,
      }),
    );
  }

  private on(tx: Tx | undefined): Tx {
    return tx ?? this.transactions.outside;
  }
}
