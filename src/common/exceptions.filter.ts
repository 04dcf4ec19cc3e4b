import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import type { ErrorBody } from '../contract';
import { ackError } from './ack';
import { DomainError, httpStatusOf } from './domain-error';
import { isDatabaseUnavailable, isRejectedValue } from './database-errors';

/**
 * Every failure, mapped in one place. HTTP: the one error shape of API.md,
 * including failures that never reach a controller (malformed JSON, oversized
 * bodies); unexpected ones are logged (without the request body) and answered as
 * a bare 500. Socket events: answered through their acknowledgement as
 * `{ ok: false, error }`, and the socket stays open.
 */
@Catch()
export class ExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() === 'ws') {
      this.replyOverSocket(exception, host);
      return;
    }
    if (host.getType() !== 'http') {
      return;
    }
    const response = host.switchToHttp().getResponse<Response>();
    const { body, headers } = toErrorBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error({ err: scrub(exception) }, 'unhandled error');
    } else if (isRejectedValue(exception)) {
      this.logger.warn({ err: scrub(exception) }, 'the database refused a value the validators accepted');
    }
    if (response.headersSent) {
      return;
    }
    for (const [name, value] of Object.entries(headers)) {
      response.setHeader(name, value);
    }
    response.status(body.statusCode).json(body);
  }

  private replyOverSocket(exception: unknown, host: ArgumentsHost): void {
    const body = ackError(exception);
    if (body.error.code === 'internal') {
      this.logger.error({ err: scrub(exception) }, 'socket event failed');
    }
    const ack = host.getArgs().find((arg): arg is (reply: unknown) => void => typeof arg === 'function');
    ack?.(body);
  }
}

export function toErrorBody(exception: unknown): { body: ErrorBody; headers: Record<string, string> } {
  if (exception instanceof DomainError) {
    const status = httpStatusOf(exception.kind);
    const headers: Record<string, string> =
      exception.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(exception.retryAfterSeconds) };
    const body: ErrorBody = { statusCode: status, error: statusName(status), message: exception.publicMessage };
    if (exception.code) {
      body.code = exception.code;
    }
    return { body, headers };
  }
  if (isRejectedValue(exception)) {
    return {
      body: {
        statusCode: 400,
        error: statusName(400),
        message: 'A value is not acceptable here; check the fields and try again',
      },
      headers: {},
    };
  }
  if (isDatabaseUnavailable(exception)) {
    return {
      body: { statusCode: 503, error: statusName(503), message: 'The service is briefly unavailable; please retry' },
      headers: { 'Retry-After': '5' },
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const res = exception.getResponse();
    const headers: Record<string, string> = {};
    const retryAfter = (exception as { retryAfterSeconds?: number }).retryAfterSeconds;
    if (retryAfter !== undefined) {
      headers['Retry-After'] = String(retryAfter);
    }
    if (typeof res === 'string') {
      return { body: { statusCode: status, error: statusName(status), message: res }, headers };
    }
    const { statusCode: _s, error, message, ...extra } = res as Partial<ErrorBody> & Record<string, unknown>;
    return {
      body: {
        statusCode: status,
        error: typeof error === 'string' ? error : statusName(status),
        message: message ?? statusName(status),
        ...extra,
      },
      headers,
    };
  }
  // Errors raised by Express middleware (body-parser): http-errors carry status and expose.
  const e = exception as { status?: unknown; expose?: unknown; type?: unknown };
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    const message = e.type === 'entity.parse.failed' ? 'Request body is not valid JSON' : statusName(e.status);
    return { body: { statusCode: e.status, error: statusName(e.status), message }, headers: {} };
  }
  const status = HttpStatus.INTERNAL_SERVER_ERROR;
  return {
    body: { statusCode: status, error: statusName(status), message: 'Something went wrong on our side' },
    headers: {},
  };
}

function statusName(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

/** Errors from the database driver can quote parameters (message bodies); keep code and stack only. */
function scrub(exception: unknown): Record<string, unknown> {
  if (exception instanceof Error) {
    const code = (exception as { code?: unknown }).code;
    return { type: exception.name, code, stack: exception.stack?.split('\n').slice(0, 8).join('\n') };
  }
  return { type: typeof exception };
}
