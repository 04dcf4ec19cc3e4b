import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { RateLimiter } from '../common/rate-limiter';

/** Per person, across rooms: plenty for conversation, a brake on floods. */
export const SEND_LIMIT = { count: 10, windowMs: 10_000 };
const sendLimitKey = (userId: string): string => `chat-send:${userId}`;

/** The send limit and slow mode, counted by the shared RateLimiter (across nodes with Redis). */
@Injectable()
export class SendLimits {
  constructor(private readonly limiter: RateLimiter) {}

  /** Counts a send against the person's limit before the one-statement route knows whether it stores; false past the limit. */
  async count(userId: string): Promise<boolean> {
    return (await this.limiter.hit(sendLimitKey(userId), SEND_LIMIT.count, SEND_LIMIT.windowMs)).allowed;
  }

  /** Gives back `count` for a send that route did not store: only stored messages use the limit up. */
  refund(userId: string): Promise<void> {
    return this.limiter.refund(sendLimitKey(userId));
  }

  /** The checked route: the send limit, then slow mode (one send per `slowModeSeconds`), each refusal saying how long to wait. */
  async take(userId: string, roomId: string, slowModeSeconds: number): Promise<void> {
    const sent = await this.limiter.hit(sendLimitKey(userId), SEND_LIMIT.count, SEND_LIMIT.windowMs);
    if (!sent.allowed) {
      throw new DomainError(
        'rate_limited',
        `You are sending messages very quickly; please wait a moment`,
        'rate_limited',
        Math.max(1, Math.ceil(sent.retryAfterMs / 1000)),
      );
    }
    if (slowModeSeconds > 0) {
      const slow = await this.limiter.hit(`chat-slow:${roomId}:${userId}`, 1, slowModeSeconds * 1000);
      if (!slow.allowed) {
        const seconds = Math.max(1, Math.ceil(slow.retryAfterMs / 1000));
        throw new DomainError(
          'rate_limited',
          `Slow mode is on in this room: you can send again in ${seconds} second${seconds === 1 ? '' : 's'}`,
          'slow_mode',
          seconds,
        );
      }
    }
  }
}
