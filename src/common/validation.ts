import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** What a client sends: HTTP body, query and route params, and a Socket.IO event's payload (WsParamtype.PAYLOAD = 3). */
const INPUT_TYPES: ReadonlySet<string | number> = new Set(['body', 'query', 'param', 3]);

/**
 * Text that PostgreSQL cannot store (NUL) or that is not well-formed Unicode
 * (unpaired surrogates, which also crash some validators) is refused up front,
 * with the field named, before any other check runs.
 */
class HearthValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!INPUT_TYPES.has(metadata.type)) {
      // The socket itself, the current user and other framework values are not input:
      // walking them (a socket reaches the whole server) would cost seconds per event.
      return super.transform(value, metadata);
    }
    const problems = badText(value, metadata.type === 'body' ? '' : (metadata.data ?? ''), 0);
    if (problems.length > 0) {
      throw new BadRequestException(problems);
    }
    // The class's own quick check only: a subclass may add fields its parent's check knows nothing of.
    const metatype = metadata.metatype as Partial<QuickAccepting<unknown>> | undefined;
    const quick = metatype !== undefined && Object.hasOwn(metatype, QUICK_ACCEPT) ? metatype[QUICK_ACCEPT] : undefined;
    if (quick !== undefined && isPlainData(value) && !Array.isArray(value)) {
      const accepted = quick(value as Record<string, unknown>);
      if (accepted !== undefined) {
        return accepted;
      }
    }
    return super.transform(value, metadata);
  }
}

/**
 * A DTO class may offer a quick acceptance for its common, valid case (a hot socket event, where
 * class-validator's walk of its metadata costs more than the checks): given the payload (a plain
 * object, its text already checked by badText), it returns the DTO exactly as the full validation
 * and transformation would, using the same validator functions; or undefined, and the full
 * validation decides and words the field-level messages. A quick check may only accept less.
 */
export const QUICK_ACCEPT = Symbol('quick accept');

export interface QuickAccepting<T> {
  [QUICK_ACCEPT](value: Readonly<Record<string, unknown>>): T | undefined;
}

function badText(value: unknown, path: string, depth: number, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      found.push(`${path || 'value'} must not contain NUL characters`);
    } else if (!value.isWellFormed()) {
      found.push(`${path || 'value'} contains invalid text (unpaired surrogate)`);
    }
    return found;
  }
  if (depth > 8 || !isPlainData(value)) {
    return found;
  }
  // Plain loops: this runs on every event a socket sends.
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    badText(record[key], path ? `${path}.${key}` : key, depth + 1, found);
  }
  return found;
}

/**
 * Only what a client sent (parsed JSON: plain objects and arrays). Pipes also see
 * other parameters, such as a socket event's Socket.IO socket, whose object graph
 * reaches every connected socket: walking it made each event cost more the more
 * people were online.
 */
function isPlainData(value: unknown): value is object {
  if (value === null || typeof value !== 'object') {
    return false;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

/**
 * Every write is validated the same way: unknown fields rejected, types converted,
 * and one message per bad field, named by its path (`rooms.0.roomId must be a UUID`).
 */
export function createValidationPipe(): ValidationPipe {
  return new HearthValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadRequestException(fieldMessages(errors)),
  });
}

export function fieldMessages(errors: ValidationError[], parent = ''): string[] {
  const out: string[] = [];
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) {
      out.push(withPath(message, error.property, path));
    }
    if (error.children?.length) {
      out.push(...fieldMessages(error.children, path));
    }
  }
  return out;
}

// class-validator starts messages with the bare property name ("email must be ...",
// "property foo should not exist"); show the full path instead.
function withPath(message: string, property: string, path: string): string {
  for (const prefix of [`${property} `, `property ${property} `]) {
    if (message.startsWith(prefix)) {
      return `${path} ${message.slice(prefix.length)}`;
    }
  }
  return `${path}: ${message}`;
}
