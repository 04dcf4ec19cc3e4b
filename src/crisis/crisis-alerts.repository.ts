import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import { Transactions } from '../database/transactions';
import type { Tx } from '../database/transactions';
import { CrisisAlert } from './crisis-alert.entity';
import type { AlertOutcome, AlertStatus } from '../contract';

export type NewCrisisAlert = Pick<
  CrisisAlert,
  'reviewItemId' | 'targetType' | 'targetId' | 'authorId' | 'cohortId' | 'spaceKind' | 'categories' | 'escalateAt'
>;

@Injectable()
export class CrisisAlertsRepository {
  constructor(private readonly transactions: Transactions) {}

  /** The alert about this content not yet resolved, if there is one. */
  openFor(targetType: CrisisAlert['targetType'], targetId: string, tx?: Tx): Promise<CrisisAlert | null> {
    return this.on(tx)
      .getRepository(CrisisAlert)
      .findOneBy({ targetType, targetId, status: In(['open', 'acknowledged']) });
  }

  insert(alert: NewCrisisAlert, tx: Tx): Promise<CrisisAlert> {
    const repo = tx.getRepository(CrisisAlert);
    return repo.save(repo.create({ ...alert, status: 'open' }));
  }

  /** Newest first. */
  withStatus(statuses: AlertStatus[], limit: number, tx?: Tx): Promise<CrisisAlert[]> {
    return this.on(tx)
      .getRepository(CrisisAlert)
      .find({ where: { status: In(statuses) }, order: { createdAt: 'DESC' }, take: limit });
  }

  /** The alert, locked while someone acts on it. */
  lock(id: string, tx: Tx): Promise<CrisisAlert | null> {
    return tx.getRepository(CrisisAlert).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  acknowledge(alert: CrisisAlert, by: string, tx: Tx): Promise<CrisisAlert> {
    return tx
      .getRepository(CrisisAlert)
      .save(Object.assign(alert, { status: 'acknowledged', acknowledgedBy: by, acknowledgedAt: new Date() }));
  }

  /** The clinician's record of what was done; resolving an alert nobody acknowledged acknowledges it too. */
  resolve(
    alert: CrisisAlert,
    record: { by: string; outcome: AlertOutcome; note: string },
    tx: Tx,
  ): Promise<CrisisAlert> {
    const now = new Date();
    return tx.getRepository(CrisisAlert).save(
      Object.assign(alert, {
        status: 'resolved',
        acknowledgedBy: alert.acknowledgedBy ?? record.by,
        acknowledgedAt: alert.acknowledgedAt ?? now,
        resolvedBy: record.by,
        resolvedAt: now,
        outcome: record.outcome,
        note: record.note,
      }),
    );
  }

  /**
   * Marks escalated the open alerts whose time is up, and returns their ids.
   * SKIP LOCKED lets every node run this and each alert escalate exactly once.
   */
  async escalateDue(tx: Tx): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await tx.query(
      `UPDATE crisis_alerts SET escalated_at = now()
        WHERE id IN (SELECT id FROM crisis_alerts
                      WHERE status = 'open' AND escalated_at IS NULL AND escalate_at <= now()
                      ORDER BY escalate_at LIMIT 100 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
    );
    return rows.map((r) => r.id);
  }

  findById(id: string, tx?: Tx): Promise<CrisisAlert | null> {
    return this.on(tx).getRepository(CrisisAlert).findOneBy({ id });
  }

  /** The person's other alerts, newest first. */
  earlierAbout(authorId: string, exceptId: string, limit: number): Promise<CrisisAlert[]> {
    return this.on(undefined)
      .getRepository(CrisisAlert)
      .find({ where: { authorId, id: Not(exceptId) }, order: { createdAt: 'DESC' }, take: limit });
  }

  /**
   * The alerts raised with these review items (one crisis, one case); inside
   * `tx` the unresolved ones are locked, before their items are.
   */
  async forReviewItems(itemIds: string[], tx?: Tx): Promise<CrisisAlert[]> {
    if (itemIds.length === 0) {
      return [];
    }
    if (!tx) {
      return this.on(undefined)
        .getRepository(CrisisAlert)
        .find({ where: { reviewItemId: In(itemIds) }, order: { createdAt: 'DESC' } });
    }
    return tx.getRepository(CrisisAlert).find({
      where: { reviewItemId: In(itemIds), status: In(['open', 'acknowledged']) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  findByIds(ids: string[], tx?: Tx): Promise<CrisisAlert[]> {
    return ids.length
      ? this.on(tx)
          .getRepository(CrisisAlert)
          .findBy({ id: In(ids) })
      : Promise.resolve([]);
  }

  private on(tx: Tx | undefined): Tx {
    return tx ?? this.transactions.outside;
  }
}
