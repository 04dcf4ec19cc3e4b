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

  /** Outside any transaction: what a repository runs on when the caller passed no `tx`. */
  get outside(): Tx {
    return this.dataSource.manager;
  }
}

@Global()
@Module({ providers: [Transactions], exports: [Transactions] })
export class TransactionsModule {}
