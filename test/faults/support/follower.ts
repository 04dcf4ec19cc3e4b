import type { Socket } from 'socket.io-client';
import { ack } from '../../support/sockets';

export interface LiveMessage {
  id: string;
  roomId: string;
  seq: number;
  body: string | null;
  clientMsgId: string | null;
  author: { id: string } | null;
}

/**
 * What a well-behaved client does to show one room: it applies `message:new`
 * in seq order; after (re)joining, or when a live message skips a seq, it asks
 * `sync` for everything after the last seq it has, holding live messages back
 * until that answer is in, and drops what it already has by seq.
 *
 * It also keeps the raw evidence, per connection, of what the server sent, so
 * that a test can tell the server's faults (a message sent twice, out of order,
 * or lost while connected) from the client's own dedupe.
 */
export class RoomFollower {
  /** What the person sees: each message once, in seq order. */
  readonly timeline: LiveMessage[] = [];
  /** Per connection, the seqs received live in arrival order, before any dedupe. */
  readonly live: number[][] = [];
  /** Per connection, the ids received live (to spot the same message twice on one connection). */
  readonly liveIds: string[][] = [];
  /** A live message that skipped ahead of the last seq held (then caught up with `sync`). */
  readonly gaps: { expected: number; got: number }[] = [];
  /** Messages received again (live during a catch-up, or by the sync overlap) and dropped by seq. */
  overlaps = 0;
  syncCalls = 0;
  last: number;
  /** The connection it follows on now. */
  socket?: Socket;
  private syncing = false;
  private connection: { seqs: number[]; ids: string[] } = { seqs: [], ids: [] };
  private readonly listening = new WeakSet<Socket>();
  private held: LiveMessage[] = [];
  private catchingUp?: Promise<void>;
  readonly errors: string[] = [];

  constructor(
    readonly roomId: string,
    startAfterSeq: number,
  ) {
    this.last = startAfterSeq;
  }

  /**
   * Follows the room on this socket: joins, then catches up from the last seq
   * held. Call it again after the socket reconnects (the same socket object, as
   * socket.io-client's reconnection gives) or with a new socket.
   */
  async attach(socket: Socket): Promise<void> {
    this.socket = socket;
    this.catchingUp = undefined; // one on a lost connection is abandoned
    this.connection = { seqs: [], ids: [] };
    this.live.push(this.connection.seqs);
    this.liveIds.push(this.connection.ids);
    this.syncing = true;
    if (!this.listening.has(socket)) {
      this.listening.add(socket);
      socket.on('message:new', (m: LiveMessage) => {
        if (m.roomId !== this.roomId || socket !== this.socket) {
          return;
        }
        this.connection.seqs.push(m.seq);
        this.connection.ids.push(m.id);
        this.onLive(m);
      });
    }
    const joined = await ack<{ ok: boolean; error?: unknown }>(socket, 'room:join', { roomId: this.roomId }, 10_000);
    if (!joined.ok) {
      throw new Error(`room:join failed: ${JSON.stringify(joined)}`);
    }
    await this.catchUp();
  }

  /** Asks `sync` for everything after the last seq held (paged), then applies what was held back. */
  catchUp(): Promise<void> {
    this.catchingUp ??= this.runCatchUp();
    return this.catchingUp;
  }

  /** The seqs of the timeline, for assertions. */
  get seqs(): number[] {
    return this.timeline.map((m) => m.seq);
  }

  private async runCatchUp(): Promise<void> {
    const socket = this.socket;
    const connection = this.connection;
    if (!socket) {
      return;
    }
    const current = (): boolean => connection === this.connection;
    this.syncing = true;
    try {
      for (;;) {
        this.syncCalls++;
        const res = await ack<{
          ok: boolean;
          rooms?: { roomId: string; messages: LiveMessage[]; hasMore: boolean }[];
          error?: unknown;
        }>(socket, 'sync', { rooms: [{ roomId: this.roomId, afterSeq: this.last }] }, 10_000);
        if (!current()) {
          return; // reconnected meanwhile: the new connection catches up itself
        }
        const room = res.rooms?.find((r) => r.roomId === this.roomId);
        if (!res.ok || !room) {
          throw new Error(`sync failed: ${JSON.stringify(res)}`);
        }
        for (const m of room.messages) {
          this.apply(m, true);
        }
        if (!room.hasMore) {
          break;
        }
      }
    } catch (error) {
      if (!current() || socket.disconnected) {
        return; // the connection dropped: attach() on the next one catches up
      }
      this.errors.push(String(error));
    }
    this.syncing = false;
    this.catchingUp = undefined;
    // A skip among these starts the next catch-up, which holds back the rest again.
    const held = this.held.splice(0);
    for (const m of held) {
      this.onLive(m);
    }
  }

  private onLive(m: LiveMessage): void {
    if (this.syncing) {
      this.held.push(m);
      return;
    }
    this.apply(m, false);
  }

  private apply(m: LiveMessage, fromSync: boolean): void {
    if (m.seq <= this.last) {
      this.overlaps++;
      return;
    }
    if (m.seq > this.last + 1) {
      if (fromSync) {
        // sync answers from the store in seq order with no holes: a skip here is a lost message.
        this.errors.push(`sync skipped from ${this.last} to ${m.seq}`);
      } else {
        this.gaps.push({ expected: this.last + 1, got: m.seq });
        this.held.push(m);
        void this.catchUp();
        return;
      }
    }
    this.timeline.push(m);
    this.last = m.seq;
  }
}

/** True when `xs` strictly increases. */
export function strictlyIncreasing(xs: number[]): boolean {
  return xs.every((x, i) => i === 0 || x > xs[i - 1]);
}

/** The values seen more than once. */
export function repeated<T>(xs: T[]): T[] {
  const seen = new Set<T>();
  const twice = new Set<T>();
  for (const x of xs) {
    (seen.has(x) ? twice : seen).add(x);
  }
  return [...twice];
}
