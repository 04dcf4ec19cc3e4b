import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/**
 * Every write is validated the same way: unknown fields rejected, types converted,
 * and one message per bad field, named by its path (`rooms.0.roomId must be a UUID`).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
