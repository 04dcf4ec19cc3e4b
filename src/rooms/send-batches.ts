import { isDatabaseUnavailable, isIntegrityViolation } from '../common/database-errors';
import type { NewMessage } from './messages.repository';
import type { RoomRecord } from './rooms.repository';
import type { MessageRow } from './rooms.views';

export interface ClearSend {
  message: NewMessage;
  /** RoomAccess.writableIn for the author. */
  writable: readonly string[];
}

export type ClearSendResult = { row: MessageRow; room: RoomRecord; separated: string[] } | null;

/**
 * Group commit for chat sends: sends that arrive while others are on their way
 * to PostgreSQL go together in the next statement, so under load each message
 * costs a fraction of a round trip and of a commit, and alone it waits for
 * nothing. At most one send per room in a statement (a room's seq is taken
 * once per row); at most `inFlight` statements at a time. If a statement is
 * refused for its data (one clientMsgId sent twice at once, say) each of its
 * sends is retried alone, so one send's error is never another's; if the
 * database is unavailable, the sends waiting for it are answered at once too.
 * Batching changes no order (messages.service.ts lists the guarantees).
 */
export class SendBatches {
  private pending: { send: ClearSend; resolve: (r: ClearSendResult) => void; reject: (e: unknown) => void }[] = [];
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly store: (sends: ClearSend[]) => Promise<ClearSendResult[]>,
    private readonly inFlight = 2,
    private readonly maxBatch = 100,
  ) {}

  add(send: ClearSend): Promise<ClearSendResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ send, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.running >= this.inFlight || this.pending.length === 0) {
      return;
    }
    this.scheduled = true;
    // After this turn's I/O: sends that arrived together leave together.
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.running < this.inFlight && this.pending.length > 0) {
      const rooms = new Set<string>();
      const batch: typeof this.pending = [];
      const later: typeof this.pending = [];
      for (const entry of this.pending) {
        if (batch.length < this.maxBatch && !rooms.has(entry.send.message.roomId)) {
          rooms.add(entry.send.message.roomId);
          batch.push(entry);
        } else {
          later.push(entry);
        }
      }
      this.pending = later;
      this.running += 1;
      void this.run(batch).finally(() => {
        this.running -= 1;
        this.schedule();
      });
    }
  }

  private async run(batch: typeof this.pending): Promise<void> {
    try {
      const results = await this.store(batch.map((entry) => entry.send));
      batch.forEach((entry, i) => entry.resolve(results[i] ?? null));
    } catch (error) {
      if (batch.length > 1 && isIntegrityViolation(error)) {
        // One send's data (a clientMsgId sent twice at once): each alone, so that error is only its own.
        for (const entry of batch) {
          await this.store([entry.send]).then(
            ([result]) => entry.resolve(result ?? null),
            (alone: unknown) => entry.reject(alone),
          );
        }
        return;
      }
      for (const entry of batch) {
        entry.reject(error);
      }
      if (isDatabaseUnavailable(error)) {
        // The sends waiting behind this one would only wait as long again: they are answered now, and retried by their clients.
        for (const entry of this.pending.splice(0)) {
          entry.reject(error);
        }
      }
    }
  }
}
