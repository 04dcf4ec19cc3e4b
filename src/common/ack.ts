import { BadRequestException, HttpException } from '@nestjs/common';
import { isDatabaseUnavailable, isRejectedValue } from './database-errors';
import type { AckError } from '../contract';
import { DomainError } from './domain-error';

/** A failed event's answer over its acknowledgement (API.md `{ ok: false, error }`). */
export function ackError(exception: unknown): { ok: false; error: AckError } {
  if (exception instanceof DomainError) {
    return {
      ok: false,
      error: {
        code: exception.code ?? exception.kind,
        message: exception.message,
        ...(exception.messages.length > 1 ? { details: exception.messages } : {}),
        ...(exception.retryAfterSeconds !== undefined ? { retryAfterSeconds: exception.retryAfterSeconds } : {}),
      },
    };
  }
  if (exception instanceof BadRequestException) {
    const response = exception.getResponse() as { message?: string | string[] };
    const details = Array.isArray(response.message)
      ? response.message
      : [String(response.message ?? 'Invalid payload')];
    return { ok: false, error: { code: 'invalid', message: details.join('; '), details } };
  }
  if (exception instanceof HttpException) {
    return { ok: false, error: { code: `http_${exception.getStatus()}`, message: exception.message } };
  }
  if (isRejectedValue(exception)) {
    return { ok: false, error: { code: 'invalid', message: 'A value is not acceptable here' } };
  }
  if (isDatabaseUnavailable(exception)) {
    return { ok: false, error: { code: 'unavailable', message: 'The service is briefly unavailable; please retry' } };
  }
  return { ok: false, error: { code: 'internal', message: 'Something went wrong on our side' } };
}
