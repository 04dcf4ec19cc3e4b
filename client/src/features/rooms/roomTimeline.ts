/**
 * One open room's timeline, outside React so that a reconnect, a live event and a
 * page of history all land in one place. It loads the newest page over HTTP,
 * joins the room on every (re)connect, and catches up with `sync` from the last
 * seq it holds without a gap, paging while the server has more. Live messages
 * merge by id; a gap in seq (a missed event) starts another catch-up.
 */
import type { MessageView } from '@hearth/contract';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { isConnected, onConnected } from '../../lib/socket';
import { listMessages } from './api';
import { joinRoom, leaveRoom, syncRoom } from './live';
import { setOnline } from './presence';
import { mergeMessages, newestSeq, oldestSeq } from './timeline';

export interface Timeline {
  /** `gone`: the room is not (or no longer) this person's. */
  status: 'loading' | 'ready' | 'failed' | 'gone';
  /** removed: access ended while here (step-down, left the group) · missing: never found. */
  goneReason: 'removed' | 'missing' | null;
  error: string | null;
  messages: MessageView[];
  hasOlder: boolean;
  loadingOlder: boolean;
  olderError: string | null;
  /** Live and caught up; false while (re)connecting or catching up. */
  live: boolean;
}

const INITIAL: Timeline = {
  status: 'loading',
  goneReason: null,
  error: null,
  messages: [],
  hasOlder: false,
  loadingOlder: false,
  olderError: null,
  live: false,
};

export class RoomTimeline {
  state: Timeline = INITIAL;
  users = 0;
  private opened = false;
  private readonly listeners = new Set<() => void>();
  private readonly controller = new AbortController();
  private stopConnected: (() => void) | null = null;
  /** Every message up to this seq is held (or was never meant for this reader). */
  private caughtUpSeq = 0;
  private loaded = false;
  private joined = false;
  private syncing = false;
  private again = false;

  constructor(readonly roomId: string) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  snapshot = (): Timeline => this.state;

  open(): void {
    if (this.opened) {
      return;
    }
    this.opened = true;
    this.stopConnected = onConnected(() => void this.join());
    if (isConnected()) {
      void this.join();
    }
    void this.loadNewest();
  }

  close(): void {
    this.stopConnected?.();
    this.controller.abort();
    if (this.joined) {
      void leaveRoom(this.roomId);
    }
  }

  retry(): void {
    if (this.state.status === 'failed') {
      this.set({ status: 'loading', error: null });
      void this.loadNewest();
    }
  }

  /** A message from the server: live, an acknowledgement, or an edit or removal. */
  receive(message: MessageView, isNew: boolean): void {
    const held = this.state.messages;
    const known = held.some((m) => m.id === message.id);
    // An update to something older than the history on screen is not needed.
    if (!isNew && !known && held.length > 0 && message.seq < (oldestSeq(held) ?? 0)) {
      return;
    }
    this.set({ messages: mergeMessages(held, [message]) });
    if (!isNew || !this.state.live) {
      return;
    }
    if (message.seq <= this.caughtUpSeq + 1) {
      this.caughtUpSeq = Math.max(this.caughtUpSeq, message.seq);
    } else {
      this.set({ live: false });
      void this.catchUp();
    }
  }

  gone(reason: 'removed' | 'missing'): void {
    if (this.state.status !== 'gone') {
      this.set({ status: 'gone', goneReason: reason });
    }
  }

  async loadOlder(): Promise<void> {
    const { hasOlder, loadingOlder, messages } = this.state;
    if (!hasOlder || loadingOlder) {
      return;
    }
    this.set({ loadingOlder: true, olderError: null });
    try {
      const page = await listMessages(this.roomId, oldestSeq(messages), this.controller.signal);
      this.set({
        messages: mergeMessages(this.state.messages, page.messages),
        hasOlder: page.hasMore,
        loadingOlder: false,
      });
    } catch (error) {
      if ((error as Error).name !== 'AbortError') {
        this.set({ loadingOlder: false, olderError: describeError(error) });
      }
    }
  }

  private async loadNewest(): Promise<void> {
    try {
      const page = await listMessages(this.roomId, undefined, this.controller.signal);
      // The page alone says what is held without a gap; live messages may already sit above it.
      this.caughtUpSeq = Math.max(this.caughtUpSeq, newestSeq(page.messages));
      this.loaded = true;
      this.set({
        status: 'ready',
        messages: mergeMessages(this.state.messages, page.messages),
        hasOlder: page.hasMore,
      });
      void this.catchUp();
    } catch (error) {
      if ((error as Error).name === 'AbortError') {
        return;
      }
      if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
        this.gone('missing');
      } else {
        this.set({ status: 'failed', error: describeError(error) });
      }
    }
  }

  private async join(): Promise<void> {
    this.joined = false;
    this.set({ live: false });
    const answer = await joinRoom(this.roomId);
    if (this.controller.signal.aborted) {
      return;
    }
    if (!answer.ok) {
      if (answer.error.code === 'not_found' || answer.error.code === 'forbidden') {
        this.gone(this.loaded ? 'removed' : 'missing');
      }
      // Offline or briefly unavailable: the next connect joins again.
      return;
    }
    this.joined = true;
    setOnline(this.roomId, answer.online);
    void this.catchUp();
  }

  /** `sync` from the last seq held without a gap, page after page, then live. */
  private async catchUp(): Promise<void> {
    if (!this.loaded || !this.joined || this.controller.signal.aborted) {
      return;
    }
    if (this.syncing) {
      this.again = true;
      return;
    }
    this.syncing = true;
    try {
      let more = true;
      while (more) {
        const answer = await syncRoom(this.roomId, this.caughtUpSeq);
        if (this.controller.signal.aborted) {
          return;
        }
        if (!answer.ok) {
          // Offline: the next connect catches up. Otherwise try again shortly.
          if (answer.error.code !== 'offline') {
            setTimeout(() => void this.catchUp(), 3_000);
          }
          return;
        }
        const result = answer.rooms.find((r) => r.roomId === this.roomId);
        if (!result || result.error) {
          if (result?.error?.code === 'not_found') {
            this.gone('removed');
          }
          return;
        }
        this.set({ messages: mergeMessages(this.state.messages, result.messages) });
        this.caughtUpSeq = Math.max(this.caughtUpSeq, newestSeq(result.messages));
        more = result.hasMore && result.messages.length > 0;
      }
      // Joined before the sync read: anything newer than it came live, so all held is gap-free.
      this.caughtUpSeq = Math.max(this.caughtUpSeq, newestSeq(this.state.messages));
      this.set({ live: true });
    } finally {
      this.syncing = false;
    }
    if (this.again) {
      this.again = false;
      void this.catchUp();
    }
  }

  private set(change: Partial<Timeline>): void {
    this.state = { ...this.state, ...change };
    this.listeners.forEach((listener) => listener());
  }
}
