/**
 * Every error code Hearth answers with, on HTTP (`code` in the error body) and on
 * sockets (`error.code` in an acknowledgement and in a refused handshake's
 * `connect_error`). Clients match these, never the words of `message`.
 */

/** What kind of failure: each maps to one HTTP status, and is the code when there is no more specific one. */
export const ERROR_KINDS = [
  'invalid', // 400: bad input (message may list fields)
  'unauthorized', // 401: no or bad credentials
  'forbidden', // 403: known resource, not allowed
  'not_found', // 404: unknown, or hidden by cohort isolation
  'conflict', // 409: duplicate, already used
  'gone', // 410: existed, no longer available
  'rate_limited', // 429: slow down (retryAfterSeconds)
  'unavailable', // 503: a dependency is down
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** The specific reasons within a kind. */
export const ERROR_REASONS = [
  // Signing in and the session
  'token_missing',
  'token_expired',
  'token_invalid',
  'bad_credentials',
  'totp_required',
  'totp_invalid',
  'mfa_reset_needed',
  'refresh_invalid',
  'refresh_reused',
  'session_idle',
  'session_ended',
  'account_suspended',
  'account_banned',
  // Onboarding comes first
  'terms_required',
  'mfa_setup_required',
  // Registration, invites and accounts
  'email_taken',
  'display_name_taken',
  'invite_expired',
  'invite_used',
  'bad_password',
  'same_password',
  'reset_code_invalid',
  'already_in_cohort',
  'invite_not_redeemable',
  'last_admin',
  'role_changed_since',
  // Writing in rooms and forums
  'muted',
  'slow_mode',
  'blocked',
  'not_joined',
  'not_author',
  'edit_window_closed',
  'client_msg_id_reused',
  'staff_only',
  'own_line_only',
  'thread_locked',
  'under_review',
  'parent_unavailable',
  'invalid_cursor',
  /** The content was taken down (its status). */
  'hidden',
  'removed',
  // Moderation
  'already_flagged',
  'already_appealed',
  'own_decision',
  'claimed',
  'sanction_not_allowed',
] as const;

export const ERROR_CODES = [
  ...ERROR_KINDS,
  ...ERROR_REASONS,
  /** Something failed on the server's side (a socket event's answer; HTTP says 500). */
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** API.md's error body: `message` lists one entry per bad field on a 400. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  code?: ErrorCode;
}

/** A refused Socket.IO handshake: `connect_error`'s `data`; its message says why in words. */
export interface ConnectRefusal {
  code: ErrorCode;
}
