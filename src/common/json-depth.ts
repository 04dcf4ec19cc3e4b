import type { NextFunction, Request, Response } from 'express';
import { DomainError } from './domain-error';

/**
 * One nesting limit for every HTTP body and every socket payload. Validation
 * (class-transformer, Nest's pipe) walks input recursively, so a value nested a
 * few thousand levels deep overflowed the stack: deeper input is refused first.
 */
export const MAX_JSON_DEPTH = 32;

export const tooDeep = (): DomainError =>
  new DomainError(
    'invalid',
    `The request is nested too deeply: at most ${MAX_JSON_DEPTH} levels of objects and arrays`,
  );

/** Whether objects and arrays nest more than `limit` levels deep; a loop, not recursion, so any depth is safe to measure. */
export function nestedDeeperThan(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object' || ArrayBuffer.isView(current)) {
      continue;
    }
    if (depth > limit) {
      return true;
    }
    for (const inner of Array.isArray(current) ? current : Object.values(current)) {
      if (inner !== null && typeof inner === 'object') {
        pending.push([inner, depth + 1]);
      }
    }
  }
  return false;
}

/** Express middleware, right after the JSON parser (whose JSON.parse does not recurse). */
export function refuseDeepBodies(req: Request, _res: Response, next: NextFunction): void {
  next(nestedDeeperThan(req.body) ? tooDeep() : undefined);
}
