import { Global, Injectable, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

/**
 * A unit of work's handle on the database. Services open one with
 * `Transactions.run` and pass it down to repositories, which run their
 * statements on it; services never run statements themselves (STYLE.md).
 */
export type Tx = EntityManager;

/** The one way a service opens a transaction. */
@Injectable()
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Runs `work` in one transaction that first takes the advisory lock `lockKey`
   * (held until commit): callers with the same key, on any node, run one after another.
   */
  runAlone<T>(lockKey: number, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.run(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [lockKey]);
      return work(tx);
    });
  }

  /**
   * Runs `work` on a connection of its own holding the advisory lock `lockKey`, or
   * answers undefined at once when another process holds it. Each of `work`'s
   * statements commits on its own, so a long job is not one long transaction.
   */
  async tryAlone<T>(lockKey: number, work: (db: Tx) => Promise<T>): Promise<T | undefined> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [lockKey])) as {
        locked: boolean;
      }[];
      if (!locked) {
        return undefined;
      }
      try {
        return await work(runner.manager);
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [lockKey]);
      }
    } finally {
      await runner.release();
    }
  }

  /** Outside any transaction: what a repository runs on when the caller passed no `tx`. */
  get outside(): Tx {
    return this.dataSource.manager;
  }
}

@Global()
@Module({ providers: [Transactions], exports: [Transactions] })
export class TransactionsModule {}
