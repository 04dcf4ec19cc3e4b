import { Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions';
import type { Tx } from '../database/transactions';
import { WatchedWord } from './watched-word.entity';

export type NewWatchedWord = Pick<WatchedWord, 'term' | 'isRegex' | 'action' | 'createdBy'>;

@Injectable()
export class WatchedWordsRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Newest first. */
  list(tx?: Tx): Promise<WatchedWord[]> {
    return this.on(tx)
      .getRepository(WatchedWord)
      .find({ order: { createdAt: 'DESC' } });
  }

  insert(word: NewWatchedWord, tx?: Tx): Promise<WatchedWord> {
    const repo = this.on(tx).getRepository(WatchedWord);
    return repo.save(repo.create(word));
  }

  /** Whether there was such a word. */
  async remove(id: string, tx?: Tx): Promise<boolean> {
    const result = await this.on(tx).getRepository(WatchedWord).delete({ id });
    return !!result.affected;
  }

  private on(tx: Tx | undefined): Tx {
    return tx ?? this.transactions.outside;
  }
}
