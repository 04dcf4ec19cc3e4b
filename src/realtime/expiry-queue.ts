import { Logger } from '@nestjs/common';

const logger = new Logger('ExpiryQueue');

// Timers beyond this are clamped (Node's limit); the queue re-arms when it wakes early.
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Entry<T> {
  at: number;
  item: T;
  index: number;
}

/**
 * Calls `onExpiry(item)` at each item's time (ms since epoch), with one timer for
 * all of them: the earliest. One `setTimeout` per open socket cost each socket a
 * Timeout, a closure and its context, and Node a list per distinct delay (almost
 * every socket's); here a socket costs one small entry in a binary heap.
 */
export class ExpiryQueue<T> {
  private readonly heap: Entry<T>[] = [];
  private readonly entries = new Map<T, Entry<T>>();
  private timer?: NodeJS.Timeout;
  /** When the armed timer is due. */
  private timerAt = Infinity;

  constructor(private readonly onExpiry: (item: T) => void) {}

  get size(): number {
    return this.entries.size;
  }

  /** Schedules `item` at `at`, replacing its earlier time if it had one. */
  set(item: T, at: number): void {
    const entry = this.entries.get(item);
    if (entry) {
      const earlier = at < entry.at;
      entry.at = at;
      if (earlier) {
        this.up(entry.index);
      } else {
        this.down(entry.index);
      }
    } else {
      const added = { at, item, index: this.heap.length };
      this.entries.set(item, added);
      this.heap.push(added);
      this.up(added.index);
    }
    this.arm();
  }

  delete(item: T): void {
    const entry = this.entries.get(item);
    if (entry) {
      this.remove(entry);
      this.arm();
    }
  }

  private disarm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
  }

  /** Keeps the one timer due at the earliest time. */
  private arm(): void {
    const next = this.heap[0]?.at ?? Infinity;
    if (next === this.timerAt && this.timer) {
      return;
    }
    this.disarm();
    if (next === Infinity) {
      return;
    }
    this.timerAt = next;
    this.timer = setTimeout(() => this.expire(), Math.min(Math.max(next - Date.now(), 0), MAX_TIMER_MS));
    this.timer.unref();
  }

  private expire(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    const now = Date.now();
    const due: T[] = [];
    while (this.heap.length > 0 && this.heap[0].at <= now) {
      due.push(this.heap[0].item);
      this.remove(this.heap[0]);
    }
    // Armed before the callbacks, which may set or delete items themselves.
    this.arm();
    for (const item of due) {
      // One failing must neither strand the others due with it (sockets left open past their token's expiry)
      // nor escape the timer, where it would end the process and every socket with it.
      try {
        this.onExpiry(item);
      } catch (error) {
        logger.error(`an expiry failed (${(error as Error)?.name ?? 'unknown'}); the others due with it went on`);
      }
    }
  }

  private remove(entry: Entry<T>): void {
    this.entries.delete(entry.item);
    const last = this.heap.pop()!;
    if (last !== entry) {
      last.index = entry.index;
      this.heap[entry.index] = last;
      this.up(last.index);
      this.down(last.index);
    }
  }

  private up(index: number): void {
    const { heap } = this;
    const entry = heap[index];
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (heap[parent].at <= entry.at) {
        break;
      }
      heap[index] = heap[parent];
      heap[index].index = index;
      index = parent;
    }
    heap[index] = entry;
    entry.index = index;
  }

  private down(index: number): void {
    const { heap } = this;
    const entry = heap[index];
    for (;;) {
      const left = 2 * index + 1;
      if (left >= heap.length) {
        break;
      }
      const right = left + 1;
      const child = right < heap.length && heap[right].at < heap[left].at ? right : left;
      if (heap[child].at >= entry.at) {
        break;
      }
      heap[index] = heap[child];
      heap[index].index = index;
      index = child;
    }
    heap[index] = entry;
    entry.index = index;
  }
}
