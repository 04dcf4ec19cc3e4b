import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { DomainError } from '../common/domain-error';
import { RateLimiter } from '../common/rate-limiter';

const LIMIT = 30;
const WINDOW_MS = 60_000;

/** New threads and replies per person: generous for conversation, a brake on floods. */
@Injectable()
export class WriteLimit {
  constructor(private readonly limiter: RateLimiter) {}

  async take(user: AuthUser): Promise<void> {
    const decision = await this.limiter.hit(`forum-write:${user.id}`, LIMIT, WINDOW_MS);
    if (!decision.allowed) {
      const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
      throw new DomainError(
        'rate_limited',
        'You are posting very quickly; please wait a moment',
        'rate_limited',
        seconds,
      );
    }
  }
}
