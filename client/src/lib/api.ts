/**
 * The one HTTP client: same origin only, JSON in and out, errors in API.md's shape.
 * It signs requests with the session's access token, refreshes it ahead of expiry
 * and once after a 401, and reports a 403 `terms_required` or `mfa_setup_required`
 * to whoever listens.
 */
import type { ErrorBody, ErrorCode, TokenPair } from '@hearth/contract';
import { accessToken, refreshSession, setRefreshCall } from './session';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    /** Seconds to wait, from `Retry-After` on a 429. */
    readonly retryAfter?: number,
  ) {
    super(Array.isArray(body.message) ? body.message.join('; ') : body.message);
  }

  /** Field-level messages, for showing beside form fields. */
  get messages(): string[] {
    return Array.isArray(this.body.message) ? this.body.message : [this.body.message];
  }

  get code(): ErrorCode | undefined {
    return this.body.code;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** false: send no token (sign-in, registration, refresh). */
  auth?: boolean;
  signal?: AbortSignal;
}

const termsListeners = new Set<() => void>();
const mfaListeners = new Set<() => void>();

/** Called when the server answers 403 `terms_required`: new terms must be accepted first. */
export function onTermsRequired(listener: () => void): () => void {
  termsListeners.add(listener);
  return () => termsListeners.delete(listener);
}

/** Called when the server answers 403 `mfa_setup_required`: staff must set up a second factor first. */
export function onMfaSetupRequired(listener: () => void): () => void {
  mfaListeners.add(listener);
  return () => mfaListeners.delete(listener);
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return read<T>(await exchange(path, options));
}

/** `request`, also giving the answer's headers (paging hints such as `X-Has-More`). */
export async function requestWithHeaders<T>(
  path: string,
  options: RequestOptions = {},
): Promise<{ data: T; headers: Headers }> {
  const response = await exchange(path, options);
  return { data: await read<T>(response), headers: response.headers };
}

async function exchange(path: string, options: RequestOptions): Promise<Response> {
  const signed = options.auth !== false;
  const token = signed ? await accessToken() : null;
  let response = await send(path, options, token);
  if (response.status === 401 && token) {
    const renewed = await refreshSession(token);
    if (renewed) {
      response = await send(path, options, renewed);
    }
  }
  return response;
}

async function send(path: string, options: RequestOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  try {
    return await fetch(`/api${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, { statusCode: 0, error: 'Offline', message: 'Cannot reach Hearth. Check your connection.' });
  }
}

async function read<T>(response: Response): Promise<T> {
  if (response.status === 204) {
    return undefined as T;
  }
  const data: unknown = await response.json().catch((error: unknown) => {
    // Aborted while the body was arriving: the caller no longer wants it (not an empty answer).
    if ((error as Error).name === 'AbortError') {
      throw error;
    }
    return undefined;
  });
  if (!response.ok) {
    const body = (data as ErrorBody | undefined) ?? {
      statusCode: response.status,
      error: response.statusText,
      message: 'Something went wrong',
    };
    const retryAfter = Number(response.headers.get('Retry-After')) || undefined;
    const error = new ApiError(response.status, body, retryAfter);
    if (response.status === 403 && error.code === 'terms_required') {
      termsListeners.forEach((listener) => listener());
    }
    if (response.status === 403 && error.code === 'mfa_setup_required') {
      mfaListeners.forEach((listener) => listener());
    }
    throw error;
  }
  return data as T;
}

setRefreshCall(async (refreshToken) => {
  try {
    return await request<TokenPair>('/auth/refresh', { method: 'POST', body: { refreshToken }, auth: false });
  } catch (error) {
    // Refused (expired, revoked, reused, idle): the session is over. Offline: keep it and retry later.
    if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429) {
      return { refused: true, code: error.code };
    }
    throw error;
  }
});
