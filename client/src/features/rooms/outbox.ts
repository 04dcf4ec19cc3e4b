/**
 * Messages this person wrote that the server has not acknowledged yet. They go out
 * one at a time in the order written, as soon as the socket is connected: what is
 * typed offline is sent on reconnect. Each keeps its clientMsgId for every retry,
 * so the server never stores it twice. Slow mode and rate limits hold the queue
 * until the wait is over; a refusal (muted, blocked, invalid) marks that message
 * failed, with the reason, and the rest carry on. Kept in memory only: message
 * bodies are not left on a shared phone.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { isConnected, onConnected, onLive, onSocketStopped } from '../../lib/socket';
import { describeAckError, sendMessage } from './live';
import { deliver } from './roomStore';
import { showSignpost } from './signpost';

/** queued: waits for the connection · sending · waiting: held by slow mode or a rate limit · failed: needs the person. */
export type OutgoingState = 'queued' | 'sending' | 'waiting' | 'failed';

export interface Outgoing {
  clientMsgId: string;
  roomId: string;
  body: string;
  contentWarning?: string;
  state: OutgoingState;
  /** Why it is waiting or failed, in words. */
  note: string | null;
  /** When a waiting message goes again (ms). */
  retryAt?: number;
  createdAt: string;
}

let entries: Outgoing[] = [];
const listeners = new Set<() => void>();
let pumping = false;
let wakeTimer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

function publish(next: Outgoing[]): void {
  entries = next;
  listeners.forEach((listener) => listener());
}

function patch(clientMsgId: string, change: Partial<Outgoing>): void {
  publish(entries.map((e) => (e.clientMsgId === clientMsgId ? { ...e, ...change } : e)));
}

function drop(clientMsgId: string): void {
  publish(entries.filter((e) => e.clientMsgId !== clientMsgId));
}

function listen(): void {
  if (listening) {
    return;
  }
  listening = true;
  onConnected(() => void pump());
  // Acknowledged another way (a reply lost to a dropped connection, then the live copy).
  onLive('message:new', (message) => {
    if (message.clientMsgId && entries.some((e) => e.clientMsgId === message.clientMsgId)) {
      drop(message.clientMsgId);
    }
  });
  onSocketStopped(() => {
    clearTimeout(wakeTimer);
    publish([]);
  });
}

export function enqueue(roomId: string, body: string, contentWarning?: string): void {
  listen();
  const entry: Outgoing = {
    clientMsgId: newClientMsgId(),
    roomId,
    body,
    contentWarning,
    state: 'queued',
    note: null,
    createdAt: new Date().toISOString(),
  };
  publish([...entries, entry]);
  void pump();
}

/** A random UUID (v4), also where `crypto.randomUUID` is missing (a page served over plain http). */
function newClientMsgId(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Sends a failed message again, with the same clientMsgId. */
export function retry(clientMsgId: string): void {
  patch(clientMsgId, { state: 'queued', note: null, retryAt: undefined });
  void pump();
}

export function discard(clientMsgId: string): void {
  drop(clientMsgId);
}

async function pump(): Promise<void> {
  if (pumping) {
    return;
  }
  pumping = true;
  try {
    while (isConnected()) {
      const next = entries.find((e) => e.state === 'queued' || e.state === 'waiting');
      if (!next) {
        return;
      }
      const wait = (next.retryAt ?? 0) - Date.now();
      if (next.state === 'waiting' && wait > 0) {
        clearTimeout(wakeTimer);
        wakeTimer = setTimeout(() => void pump(), wait);
        return;
      }
      await send(next);
    }
  } finally {
    pumping = false;
  }
}

async function send(entry: Outgoing): Promise<void> {
  patch(entry.clientMsgId, { state: 'sending', note: null });
  const answer = await sendMessage({
    roomId: entry.roomId,
    clientMsgId: entry.clientMsgId,
    body: entry.body,
    ...(entry.contentWarning ? { contentWarning: entry.contentWarning } : {}),
  });
  if (answer.ok) {
    deliver(answer.message);
    drop(entry.clientMsgId);
    const signpost = answer.signpost;
    if (signpost) {
      showSignpost(signpost);
    }
    return;
  }
  // Discarded meanwhile, or already delivered live: nothing more to say about it.
  if (!entries.some((e) => e.clientMsgId === entry.clientMsgId)) {
    return;
  }
  const { error } = answer;
  if (error.code === 'offline' || (error.code === 'timeout' && !isConnected())) {
    // The connection dropped: it goes again, same clientMsgId, when the socket is back.
    patch(entry.clientMsgId, { state: 'queued' });
  } else if (error.code === 'slow_mode' || error.code === 'rate_limited') {
    const seconds = error.retryAfterSeconds ?? 5;
    patch(entry.clientMsgId, { state: 'waiting', note: describeAckError(error), retryAt: Date.now() + seconds * 1000 });
  } else {
    patch(entry.clientMsgId, { state: 'failed', note: describeAckError(error) });
  }
}

/** This room's unacknowledged messages, oldest first. */
export function useOutgoing(roomId: string): Outgoing[] {
  const all = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    () => entries,
  );
  return useMemo(() => all.filter((e) => e.roomId === roomId), [all, roomId]);
}
