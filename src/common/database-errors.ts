/** PostgreSQL error codes Hearth reacts to (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
export const PG_UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.code ?? e?.driverError?.code;
  const name = e?.constraint ?? e?.driverError?.constraint;
  return code === PG_UNIQUE_VIOLATION && (constraint === undefined || name === constraint);
}

/** A statement refused for its data (SQLSTATE class 23: unique, foreign key, check…), not for the database's state. */
export function isIntegrityViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  return (e?.code ?? e?.driverError?.code ?? '').startsWith('23');
}

/**
 * The database cannot be reached or does not answer in time (down, restarting,
 * hanging, pool exhausted, a statement cancelled by statement_timeout): fail
 * fast with 503, not 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; driverError?: { code?: string } };
  const code = e?.code ?? e?.driverError?.code ?? '';
  if (
    [
      'ECONNREFUSED',
      'ECONNRESET',
      'ETIMEDOUT',
      'EPIPE',
      '57014',
      '57P01',
      '57P02',
      '57P03',
      '08000',
      '08003',
      '08006',
    ].includes(code)
  ) {
    return true;
  }
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout/.test(
    e?.message ?? '',
  );
}

/**
 * The database refused a value the validators let through (a CHECK, a too-long
 * string): the request was bad, so it is a 400, never a 500. Logged as a gap.
 */
export function isRejectedValue(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.code ?? e?.driverError?.code ?? '';
  return ['23514', '22001', '22P02', '22003', '22007', '22008'].includes(code);
}
