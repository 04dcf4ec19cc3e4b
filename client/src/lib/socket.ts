/**
 * The one Socket.IO connection of the signed-in user, shared by every feature
 * (chat rooms, forum threads, notifications, staff alerts). Each handshake carries
 * a fresh access token; the open socket is renewed (`auth:renew`) after every
 * refresh; a refused handshake or a close by the server (token expired, session
 * revoked) is retried with a fresh token and growing pauses, and transport
 * failures are retried by socket.io itself with backoff.
 *
 * Only while the page is visible does the socket refresh the session on its own:
 * a tab left in the background must not keep a session alive past automatic logoff.
 */
import type {
  AckError,
  ClientAck,
  ClientEvent,
  ClientPayload,
  ClientToServerEvents,
  ConnectRefusal,
  ErrorCode,
  ServerEvent,
  ServerPayload,
  ServerToClientEvents,
} from '@hearth/contract';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { io, Socket } from 'socket.io-client';
import { accessToken, msLeft, onAccessToken, REFRESH_AHEAD_MS, refreshSession, storedAccessToken } from './session';

export type Connection = 'offline' | 'connecting' | 'connected';

/** Failures the socket reports itself, without asking the server: not connected, or no answer in time. */
export interface LocalFailure {
  ok: false;
  error: Omit<AckError, 'code'> & { code: 'offline' | 'timeout' };
}

/** What emitting `E` answers: the server's acknowledgement (API.md `{ ok: true, ... } | { ok: false, error }`), or a local failure. */
export type LiveAck<E extends ClientEvent> = ClientAck<E> | LocalFailure;
export type LiveError = AckError | LocalFailure['error'];

type HearthSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const ACK_TIMEOUT_MS = 10_000;
const RETRY_MIN_MS = 1_000;
const RETRY_MAX_MS = 30_000;
/** Handshake refusals that a new access token may cure (anything else still retries, without refreshing). */
const TOKEN_REFUSALS = new Set<ErrorCode>([
  'token_expired',
  'token_invalid',
  'token_missing',
  'session_ended',
  'unauthorized',
]);

type Handler = (payload: unknown) => void;

let socket: HearthSocket | null = null;
let owner: string | null = null;
let connection: Connection = 'offline';
/** The token the socket last proved itself with (handshake or renewal). */
let socketToken: string | null = null;
let attempts = 0;
/** Set when the socket waits for the page to be visible before coming back. */
let waitingForVisible = false;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let renewTimer: ReturnType<typeof setTimeout> | undefined;
let unwatch: (() => void) | null = null;
const handlers = new Map<string, Set<Handler>>();
const connectListeners = new Set<() => void>();
const stopListeners = new Set<() => void>();
const refusedListeners = new Set<(code: 'account_suspended' | 'account_banned') => void>();
const connectionListeners = new Set<() => void>();

function setConnection(next: Connection): void {
  if (connection !== next) {
    connection = next;
    connectionListeners.forEach((listener) => listener());
  }
}

const visible = () => document.visibilityState === 'visible';

/** Opens the socket for this user (a no-op when it is already theirs); another user's socket closes first. */
export function startSocket(userId: string): void {
  if (socket && owner === userId) {
    return;
  }
  stopSocket();
  owner = userId;
  const s: HearthSocket = io({
    transports: ['websocket'],
    reconnectionDelay: RETRY_MIN_MS,
    reconnectionDelayMax: 10_000,
    auth: (cb) => {
      accessToken()
        .catch(() => storedAccessToken())
        .then(
          (token) => {
            socketToken = token;
            cb({ token: token ?? '' });
          },
          () => undefined,
        );
    },
  });
  socket = s;
  setConnection('connecting');
  s.on('connect', () => {
    attempts = 0;
    setConnection('connected');
    scheduleRenewal();
    connectListeners.forEach((listener) => listener());
  });
  let expired = false;
  s.on('session:expired', () => {
    expired = true;
  });
  s.on('disconnect', (reason) => {
    clearTimeout(renewTimer);
    // The server closed it (token expired, session revoked, sanction): socket.io leaves that to us.
    if (reason === 'io server disconnect') {
      comeBack(s, expired);
      expired = false;
    } else {
      setConnection(s.active ? 'connecting' : 'offline');
    }
  });
  s.on('connect_error', (error: Error & { data?: Partial<ConnectRefusal> }) => {
    if (s.active) {
      setConnection('connecting');
      return;
    }
    const code = error.data?.code;
    // Suspended or banned while this socket was away (the live notice missed): no point retrying.
    if (code === 'account_suspended' || code === 'account_banned') {
      refusedListeners.forEach((listener) => listener(code));
      return;
    }
    comeBack(s, code !== undefined && TOKEN_REFUSALS.has(code));
  });
  s.onAny((event: string, payload: unknown) => {
    handlers.get(event)?.forEach((handler) => handler(payload));
  });
  const onVisibility = () => {
    if (visible() && waitingForVisible) {
      waitingForVisible = false;
      attempts = 0;
      comeBack(s, false);
    }
  };
  document.addEventListener('visibilitychange', onVisibility);
  const stopTokens = onAccessToken((token) => void renew(s, token));
  unwatch = () => {
    document.removeEventListener('visibilitychange', onVisibility);
    stopTokens();
  };
}

/** Closes the socket (sign-out, session ended); features drop what they held for the user. */
export function stopSocket(): void {
  clearTimeout(retryTimer);
  clearTimeout(renewTimer);
  unwatch?.();
  unwatch = null;
  waitingForVisible = false;
  if (socket) {
    const s = socket;
    socket = null;
    owner = null;
    socketToken = null;
    s.off();
    s.offAny();
    s.disconnect();
    stopListeners.forEach((listener) => listener());
  }
  setConnection('offline');
}

/** Reconnects after a pause that doubles with each failure; first refreshes the session when asked. */
function comeBack(s: HearthSocket, refresh: boolean): void {
  clearTimeout(retryTimer);
  if (!visible()) {
    waitingForVisible = true;
    setConnection('offline');
    return;
  }
  setConnection('connecting');
  const pause = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** attempts) * (0.5 + Math.random() / 2);
  attempts += 1;
  retryTimer = setTimeout(() => {
    const ready = refresh ? refreshSession(socketToken) : Promise.resolve('');
    ready.then(
      (token) => {
        // null: the session is over; the sign-out that follows closes this socket.
        if (socket === s && token !== null) {
          s.connect();
        }
      },
      () => {
        if (socket === s) {
          comeBack(s, refresh);
        }
      },
    );
  }, pause);
}

/** Refreshes the token shortly before it expires, while the page is in use, so the socket never drops for it. */
function scheduleRenewal(): void {
  clearTimeout(renewTimer);
  const due = msLeft(socketToken) - REFRESH_AHEAD_MS + 1_000;
  renewTimer = setTimeout(
    () => {
      if (visible()) {
        // A refresh saves the new token, and onAccessToken renews the socket with it.
        void accessToken().catch(() => undefined);
      }
    },
    Math.max(due, 1_000),
  );
}

async function renew(s: HearthSocket, token: string): Promise<void> {
  if (!s.connected || token === socketToken) {
    return;
  }
  const answer = await emitWithAck('auth:renew', { token });
  if (answer.ok) {
    socketToken = token;
    scheduleRenewal();
  } else if (answer.error.code !== 'offline' && answer.error.code !== 'timeout' && socket === s) {
    // Refused (say, another account signed in in another tab): start over with a new handshake.
    s.disconnect().connect();
  }
}

/** Listens for a server event; returns the unsubscribe. Works before the socket opens and across reconnects. */
export function onLive<E extends ServerEvent>(event: E, handler: (payload: ServerPayload<E>) => void): () => void {
  const set = handlers.get(event) ?? new Set<Handler>();
  handlers.set(event, set);
  set.add(handler as Handler);
  return () => {
    set.delete(handler as Handler);
  };
}

/** `onLive` for a component: the latest handler is the one called. */
export function useLive<E extends ServerEvent>(
  event: E,
  handler: (payload: ServerPayload<E>) => void,
  enabled = true,
): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) {
      return;
    }
    return onLive(event, (payload) => latest.current(payload));
  }, [event, enabled]);
}

/** Called after every connect, the first and each reconnect: rejoin, watch again, catch up. */
export function onConnected(listener: () => void): () => void {
  connectListeners.add(listener);
  return () => {
    connectListeners.delete(listener);
  };
}

/** Called when the socket closes for good (sign-out): drop anything kept for that user. */
/** The server refused the connection because the account is suspended or banned. */
export function onAccountRefused(listener: (code: 'account_suspended' | 'account_banned') => void): () => void {
  refusedListeners.add(listener);
  return () => {
    refusedListeners.delete(listener);
  };
}

export function onSocketStopped(listener: () => void): () => void {
  stopListeners.add(listener);
  return () => {
    stopListeners.delete(listener);
  };
}

export function isConnected(): boolean {
  return socket?.connected ?? false;
}

export function useConnection(): Connection {
  return useSyncExternalStore(
    (listener) => {
      connectionListeners.add(listener);
      return () => {
        connectionListeners.delete(listener);
      };
    },
    () => connection,
  );
}

/**
 * Emits an event and waits for its acknowledgement. Never throws: while offline it
 * answers `offline` at once (callers queue rather than let socket.io buffer), and
 * `timeout` when the server does not answer in time.
 */
export async function emitWithAck<E extends ClientEvent>(
  event: E,
  payload: ClientPayload<E>,
  timeoutMs = ACK_TIMEOUT_MS,
): Promise<LiveAck<E>> {
  const s = socket;
  if (!s?.connected) {
    return { ok: false, error: { code: 'offline', message: 'You are offline.' } };
  }
  try {
    // The signature above ties payload and answer to the event; socket.io's typings cannot follow a generic event.
    return (await (s as Socket).timeout(timeoutMs).emitWithAck(event, payload)) as ClientAck<E>;
  } catch {
    return { ok: false, error: { code: 'timeout', message: 'Hearth did not answer in time.' } };
  }
}

/** Fire and forget (typing): dropped while offline rather than sent late. */
export function emitVolatile<E extends ClientEvent>(event: E, payload: ClientPayload<E>): void {
  if (socket?.connected) {
    (socket as Socket).volatile.emit(event, payload);
  }
}
