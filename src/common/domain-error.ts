import type { ErrorCode, ErrorKind } from '../contract';

/**
 * What went wrong, in the product's terms. Services throw these and never import
 * HTTP or socket types; the HTTP filter and the socket ack map `kind` in one place.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string | string[],
    /** A stable, machine-readable reason within the kind, e.g. `terms_required`, `muted`. */
    readonly code?: ErrorCode,
    readonly retryAfterSeconds?: number,
  ) {
    super(Array.isArray(message) ? message.join('; ') : message);
    this.messages = Array.isArray(message) ? message : [message];
  }

  readonly messages: string[];

  /** The message as API.md shapes it: a list only when several fields are at fault. */
  get publicMessage(): string | string[] {
    return this.messages.length === 1 ? this.messages[0] : this.messages;
  }
}

export function httpStatusOf(kind: ErrorKind): number {
  switch (kind) {
    case 'invalid':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'gone':
      return 410;
    case 'rate_limited':
      return 429;
    case 'unavailable':
      return 503;
  }
}
