import { Injectable } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { NotificationsRepository } from './notifications.repository';
import type { NotificationKind, NotificationList, NotificationView } from '../contract';
import { MEMBER_STEPPED_DOWN, type MemberSteppedDownEvent } from '../users/users.events';

/** What a feature asks to tell someone (`notification.requested`): plain words and where to read more. */
export interface NoticeRequest {
  userId: string;
  kind: Exclude<NotificationKind, 'mention'>;
  text: string;
  link: string | null;
  /** When what is told of ends (a mute, a suspension), shown in the reader's local time. */
  until?: string | null;
}

export interface NotificationCreatedEvent {
  userId: string;
  notification: NotificationView;
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly access: AccessService,
    private readonly events: EventEmitter2,
  ) {}

  async list(user: AuthUser, limit = 50): Promise<NotificationList> {
    const spaces = await this.access.visibleSpaces(user);
    const [notifications, unreadCount] = await Promise.all([
      this.repository.list(user.id, spaces, limit),
      this.repository.unreadCount(user.id, spaces),
    ]);
    return { notifications, unreadCount };
  }

  async markRead(user: AuthUser, ids?: string[]): Promise<{ unreadCount: number }> {
    await this.repository.markRead(user.id, ids);
    return { unreadCount: await this.repository.unreadCount(user.id, await this.access.visibleSpaces(user)) };
  }

  /**
   * Notices other features ask for (moderation outcomes, reports handled, appeals
   * decided): durable, and live to the person's sockets.
   */
  @OnEvent('notification.requested')
  async notice(n: NoticeRequest): Promise<void> {
    const id = await this.repository.insertNotice(n);
    const [notification] = await this.repository.list(n.userId, { cohortIds: [], kinds: [] }, 1, id);
    if (notification) {
      this.events.emit('notification.created', { userId: n.userId, notification } satisfies NotificationCreatedEvent);
    }
  }

  /** A member stepped down: told what changed and where they are welcome now. */
  @OnEvent(MEMBER_STEPPED_DOWN)
  async steppedDown(event: MemberSteppedDownEvent): Promise<void> {
    if (event.role !== 'alumni') {
      return;
    }
    await this.notice({
      userId: event.userId,
      kind: 'stepped_down',
      text:
        'You have stepped down from your group: you are now part of the alumni community. ' +
        'Your group’s rooms and boards are closed to you now; what you wrote stays readable to you under “My posts”, ' +
        'and the alumni lounge and boards are open to you.',
      link: '/',
    });
  }

  /**
   * A new answer in the person's care line (in-app only). The words say nothing
   * of the program or a diagnosis: this text may be shown where others can see it.
   */
  async careAnswer(userId: string): Promise<void> {
    const id = await this.repository.insertCareAnswer(userId, 'Your care team replied.', '/care');
    if (!id) {
      return;
    }
    const [notification] = await this.repository.list(userId, { cohortIds: [], kinds: [] }, 1, id);
    if (notification) {
      this.events.emit('notification.created', { userId, notification } satisfies NotificationCreatedEvent);
    }
  }

  /**
   * Mentions, for people the caller (MentionsService) has checked may read the
   * thread. Each new one goes live to the person's sockets (`notification:new`).
   */
  async mention(n: {
    userIds: string[];
    actorId: string;
    threadId: string;
    postId: string | null;
    excerpt: string;
  }): Promise<void> {
    const created = await this.repository.insertMentions(n);
    for (const row of created) {
      const [notification] = await this.repository.list(
        row.user_id,
        { cohortIds: 'all', kinds: ['cohort', 'alumni', 'community', 'staff'] },
        1,
        row.id,
      );
      if (notification) {
        this.events.emit('notification.created', {
          userId: row.user_id,
          notification,
        } satisfies NotificationCreatedEvent);
      }
    }
  }
}
