import { Injectable } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { TO_USERS, ToUsersEvent } from '../realtime/relay';

export interface ToldAuthorEvent {
  userId: string;
  reviewItemId: string | null;
  action: string;
  summary: string;
  reason: string;
  until: string | null;
}

/**
 * Outcomes are told (PRODUCT.md): the author learns what happened, why and until
 * when; reporters learn only that their report was handled, never the outcome
 * for someone else. The durable record is the author's moderation history.
 */
@Injectable()
export class ModerationNotices {
  constructor(private readonly events: EventEmitter2) {}

  @OnEvent('moderation.told_author')
  toldAuthor(event: ToldAuthorEvent): void {
    this.events.emit(TO_USERS, {
      userIds: [event.userId],
      event: 'moderation:notice',
      payload: {
        kind: 'decision',
        action: event.action,
        summary: event.summary,
        reason: event.reason,
        until: event.until,
        reviewItemId: event.reviewItemId,
      },
    } satisfies ToUsersEvent);
    this.events.emit('notification.requested', {
      userId: event.userId,
      kind: 'moderation',
      text: `${event.summary} Reason: ${event.reason}${event.until ? ` (until ${event.until})` : ''}`,
      link: '/moderation/mine',
    });
  }

  @OnEvent('moderation.told_reporters')
  toldReporters(event: { userIds: string[]; reviewItemId: string }): void {
    const text = 'Thank you: a report you made has been reviewed by staff.';
    this.events.emit(TO_USERS, {
      userIds: event.userIds,
      event: 'moderation:notice',
      payload: { kind: 'report_handled', summary: text },
    } satisfies ToUsersEvent);
    for (const userId of event.userIds) {
      this.events.emit('notification.requested', { userId, kind: 'moderation', text, link: null });
    }
  }
}
