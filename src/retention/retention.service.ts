import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Interval } from '@nestjs/schedule';
import { AuditService } from '../audit/audit.service';
import type { Env } from '../config/env';
import { Transactions } from '../database/transactions';
import { MessagesRepository } from '../rooms/messages.repository';

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
    private readonly transactions: Transactions,
    private readonly messages: MessagesRepository,
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

  /**
   * Deletes expired messages; returns how many (0 when retention is off or another node is running it).
   * Chat rooms follow CHAT_RETENTION_DAYS, care lines CARE_RETENTION_DAYS (unset: kept).
   */
  async purgeExpired(): Promise<number> {
    const chat = this.config.get('CHAT_RETENTION_DAYS', { infer: true });
    const care = this.config.get('CARE_RETENTION_DAYS', { infer: true });
    return (await this.purge('chat', chat)) + (await this.purge('care', care));
  }

  private async purge(rooms: 'chat' | 'care', days: number | undefined): Promise<number> {
    if (!days) {
      return 0;
    }
    const total = await this.transactions.tryAlone(RETENTION_LOCK, async (db) => {
      let deleted = 0;
      for (;;) {
        const batch = await this.messages.deleteExpired(days, BATCH, db, rooms);
        deleted += batch;
        if (batch < BATCH) {
          return deleted;
        }
      }
    });
    if (total) {
      await this.audit.record({
        actorId: null,
        action: rooms === 'care' ? 'retention.care_messages_deleted' : 'retention.messages_deleted',
        details: { count: total, olderThanDays: days },
      });
      this.logger.log(`deleted ${total} ${rooms} message(s) older than ${days} days`);
    }
    return total ?? 0;
  }
}
