import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Interval } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Env } from '../config/env';

// Any constant works; it only has to be the same for every Hearth process.
const RETENTION_LOCK = 74_032_613;
const BATCH = 1000;

/**
 * Chat retention (CHAT_RETENTION_DAYS): messages older than the limit are
 * deleted, with their edit history, in small batches. One node runs it at a
 * time (an advisory lock) and running it twice changes nothing. Messages under
 * an open review or crisis alert are kept until that is closed, and the audit
 * log, which holds ids and never words, outlives them all.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: ConfigService<Env, true>,
  ) {}

  @Interval(60 * 60_000)
  async scheduled(): Promise<void> {
    try {
      await this.purgeExpired();
    } catch (error) {
      this.logger.warn(`retention run failed: ${(error as Error).message}`);
    }
  }

  /** Deletes expired messages; returns how many (0 when retention is off or another node is running it). */
  async purgeExpired(): Promise<number> {
    const days = this.config.get('CHAT_RETENTION_DAYS', { infer: true });
    if (!days) {
      return 0;
    }
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [RETENTION_LOCK])) as {
        locked: boolean;
      }[];
      if (!locked) {
        return 0;
      }
      try {
        let total = 0;
        for (;;) {
          const deleted = (await runner.query(
            `DELETE FROM messages WHERE id IN (
               SELECT m.id FROM messages m
                WHERE m.created_at < now() - make_interval(days => $1)
                  AND NOT EXISTS (SELECT 1 FROM review_items r WHERE r.target_type = 'message' AND r.target_id = m.id AND r.status = 'open')
                  AND NOT EXISTS (SELECT 1 FROM crisis_alerts a WHERE a.target_type = 'message' AND a.target_id = m.id AND a.status <> 'resolved')
                LIMIT $2)`,
            [days, BATCH],
          )) as [unknown[], number];
          total += deleted[1];
          if (deleted[1] < BATCH) {
            break;
          }
        }
        if (total > 0) {
          await this.audit.record({
            actorId: null,
            action: 'retention.messages_deleted',
            details: { count: total, olderThanDays: days },
          });
          this.logger.log(`deleted ${total} message(s) older than ${days} days`);
        }
        return total;
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [RETENTION_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }
}
