import { Injectable } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { NotificationsRepository } from './notifications.repository';
import type { NotificationList, NotificationView } from '../contract';

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

  /** Moderation outcomes (ModerationNotices asks for these): durable, and live to the person's sockets. */
  @OnEvent('notification.requested')
  async notice(n: { userId: string; kind: 'moderation'; text: string; link: string | null }): Promise<void> {
    const id = await this.repository.insertNotice(n);
    const [notification] = await this.repository.list(n.userId, { cohortIds: [], kinds: [] }, 1, id);
    if (notification) {
      this.events.emit('notification.created', { userId: n.userId, notification } satisfies NotificationCreatedEvent);
    }
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
