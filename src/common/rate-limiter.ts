import { Injectable, OnModuleInit } from '@nestjs/common';
import { RedisConnection, RedisService } from '../redis/redis.service';
import { DomainError } from './domain-error';

export interface RateDecision {
  allowed: boolean;
  /** How many hits the window has seen, this one included. */
  count: number;
  /** Milliseconds until the window resets. */
  retryAfterMs: number;
}

const REFUND_SCRIPT = `if redis.call('EXISTS', KEYS[1]) == 1 and tonumber(redis.call('GET', KEYS[1])) > 0 then
  return redis.call('DECR', KEYS[1])
end
return 0`;

/**
 * Fixed-window counters keyed by purpose and subject ("login:account:<email-hash>").
 * In memory on one node; in Redis when REDIS_URL is set, so every node counts the
 * same hits. If Redis is unreachable, counting falls back to this node's memory
 * rather than letting every request through or refusing all of them.
 */
@Injectable()
export class RateLimiter implements OnModuleInit {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private redis?: RedisConnection;

  constructor(private readonly redisService: RedisService) {}

  async onModuleInit(): Promise<void> {
    if (this.redisService.enabled) {
      this.redis = await this.redisService.connect('rate-limit');
    }
  }

  /** Counts a hit; allowed while the count is within `limit` for the window. */
  async hit(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    const counted = await this.count(key, windowMs, 1);
    return { allowed: counted.count <= limit, ...counted };
  }

  /** Counts a hit and throws `rate_limited` (429, Retry-After) past the limit. */
  async require(
    key: string,
    limit: number,
    windowMs: number,
    message = 'Too many requests; try again later',
  ): Promise<void> {
    const decision = await this.hit(key, limit, windowMs);
    if (!decision.allowed) {
      throw new DomainError(
        'rate_limited',
        message,
        'rate_limited',
        Math.max(1, Math.ceil(decision.retryAfterMs / 1000)),
      );
    }
  }

  /** Whether `key` is over `limit`, without counting a hit. */
  async peek(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    const counted = await this.count(key, windowMs, 0);
    return { allowed: counted.count < limit, ...counted };
  }

  /** Gives back a hit counted for something that turned out not to be done (the window is left as it is). */
  async refund(key: string): Promise<void> {
    if (this.redis?.isReady) {
      try {
        // Only a window still open: a new one must not start below zero.
        await this.redis.eval(REFUND_SCRIPT, { keys: [`rl:${key}`] });
        return;
      } catch {
        // fall through to memory, as count does
      }
    }
    const window = this.windows.get(key);
    if (window && window.count > 0) {
      window.count -= 1;
    }
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
    if (this.redis?.isReady) {
      await this.redis.del(`rl:${key}`).catch(() => undefined);
    }
  }

  private async count(key: string, windowMs: number, by: number): Promise<{ count: number; retryAfterMs: number }> {
    if (this.redis?.isReady) {
      try {
        const k = `rl:${key}`;
        const [count, ttl] = (await this.redis
          .multi()
          .incrBy(k, by)
          .pExpire(k, windowMs, 'NX')
          .pTTL(k)
          .exec()) as unknown as [number, number, number];
        return { count: Number(count), retryAfterMs: Math.max(0, Number(ttl)) };
      } catch {
        // fall through to memory
      }
    }
    return this.countInMemory(key, windowMs, by);
  }

  private countInMemory(key: string, windowMs: number, by: number): { count: number; retryAfterMs: number } {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
      if (this.windows.size > 50_000) {
        this.sweep(now);
      }
    }
    window.count += by;
    return { count: window.count, retryAfterMs: window.resetAt - now };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) {
      if (window.resetAt <= now) {
        this.windows.delete(key);
      }
    }
  }
}
