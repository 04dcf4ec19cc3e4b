/**
 * The signed-in session as two tokens in localStorage, shared by every tab.
 * Refresh tokens rotate on every use and reusing an old one revokes the whole
 * session, so refreshes are serialized across tabs with a Web Lock.
 */
import type { ErrorCode, TokenPair } from '@hearth/contract';

const ACCESS_KEY = 'hearth.accessToken';
const REFRESH_KEY = 'hearth.refreshToken';
const LOCK_NAME = 'hearth-auth';
/** An access token with less than this left is refreshed before use. */
export const REFRESH_AHEAD_MS = 30_000;
const STORAGE_SETTLE_MS = 150;

/** The server refused the refresh token; `code` says why (e.g. `session_idle`: automatic logoff). */
export interface RefreshRefused {
  refused: true;
  code?: ErrorCode;
}

type RefreshCall = (refreshToken: string) => Promise<TokenPair | RefreshRefused>;

let refreshCall: RefreshCall | null = null;
let inflight: Promise<string | null> | null = null;
const endedListeners = new Set<(code?: ErrorCode) => void>();
const tokenListeners = new Set<(accessToken: string) => void>();

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function storedAccessToken(): string | null {
  return read(ACCESS_KEY);
}

export function hasSession(): boolean {
  return read(REFRESH_KEY) !== null;
}

export function saveSession(tokens: TokenPair): void {
  localStorage.setItem(ACCESS_KEY, tokens.accessToken);
  localStorage.setItem(REFRESH_KEY, tokens.refreshToken);
  tokenListeners.forEach((listener) => listener(tokens.accessToken));
}

/**
 * Called with each new access token: saved in this tab, or in another tab (which
 * this one learns of through the storage event). The socket renews itself with it.
 */
export function onAccessToken(listener: (accessToken: string) => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === ACCESS_KEY && event.newValue) {
      listener(event.newValue);
    }
  };
  tokenListeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    tokenListeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Forgets the tokens here and in every tab; returns the refresh token to revoke. */
export function clearSession(): string | null {
  const refreshToken = read(REFRESH_KEY);
  localStorage.removeItem(ACCESS_KEY);
  localStorage.removeItem(REFRESH_KEY);
  return refreshToken;
}

/** Milliseconds until the token's `exp`, or 0 when it cannot be read. */
export function msLeft(token: string | null): number {
  if (!token) {
    return 0;
  }
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const { exp } = JSON.parse(atob(payload)) as { exp?: unknown };
    return typeof exp === 'number' ? exp * 1000 - Date.now() : 0;
  } catch {
    return 0;
  }
}

/** The API client registers how to call POST /auth/refresh. */
export function setRefreshCall(call: RefreshCall): void {
  refreshCall = call;
}

/** Called when the session ends on its own, with the server's reason when it gave one. */
export function onSessionEnded(listener: (code?: ErrorCode) => void): () => void {
  endedListeners.add(listener);
  return () => endedListeners.delete(listener);
}

function endSession(code?: ErrorCode): null {
  clearSession();
  endedListeners.forEach((listener) => listener(code));
  return null;
}

/** An access token good for a while yet, refreshing first if needed; null when signed out. */
export async function accessToken(): Promise<string | null> {
  const token = storedAccessToken();
  if (token && msLeft(token) > REFRESH_AHEAD_MS) {
    return token;
  }
  return hasSession() ? refreshSession(token) : null;
}

/**
 * Swaps the refresh token for new tokens. `seen` is the access token the caller
 * holds (the one a 401 rejected, or the one about to expire): if another tab has
 * already stored a different, still-fresh one, that is used instead.
 */
export function refreshSession(seen: string | null): Promise<string | null> {
  inflight ??= withLock(async () => {
    const stored = storedAccessToken();
    if (stored && stored !== seen && msLeft(stored) > REFRESH_AHEAD_MS) {
      return stored;
    }
    const refreshToken = read(REFRESH_KEY);
    if (!refreshToken || !refreshCall) {
      return endSession();
    }
    const tokens = await refreshCall(refreshToken);
    if ('refused' in tokens) {
      return endSession(tokens.code);
    }
    saveSession(tokens);
    // Other tabs see localStorage writes a moment later: holding the lock that long
    // keeps the next waiter from spending the old refresh token (which revokes the session).
    await new Promise((resolve) => setTimeout(resolve, STORAGE_SETTLE_MS));
    return tokens.accessToken;
  }).finally(() => {
    inflight = null;
  });
  return inflight;
}

async function withLock<T>(task: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && navigator.locks) {
    return await navigator.locks.request(LOCK_NAME, task);
  }
  return task();
}

export function isSessionKey(key: string): boolean {
  return key === ACCESS_KEY || key === REFRESH_KEY;
}
