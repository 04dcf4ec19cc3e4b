import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { TargetChange, TargetHandler, TargetInfo } from '../moderation/targets';
import { ModerationTargets } from '../moderation/targets';
import { MessagesRepository } from './messages.repository';
import { RoomEvents } from './rooms.events';
import { FORMER_MEMBER } from './rooms.views';
import type { MessageEvent } from './rooms.events';

const excerpt = (text: string): string => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

/**
 * How moderation sees and changes chat messages (see ModerationTargets). After a
 * decision commits, open rooms show it live: a hidden or removed message loses
 * its words on every screen, an approved one arrives as new.
 */
@Injectable()
export class MessageTargets implements OnModuleInit {
  constructor(
    private readonly targets: ModerationTargets,
    private readonly messages: MessagesRepository,
    private readonly events: EventEmitter2,
  ) {}

  onModuleInit(): void {
    this.targets.register('message', this.handler());
  }

  private handler(): TargetHandler {
    return {
      load: async (id, tx) => {
        const row = await this.messages.target(id, tx);
        if (!row) {
          return undefined;
        }
        return {
          type: 'message',
          id,
          authorId: row.author_id,
          cohortId: row.cohort_id,
          spaceKind: row.kind,
          spaceId: row.room_id,
          status: row.status,
          excerpt: excerpt(row.body),
          contentWarning: row.content_warning,
        } satisfies TargetInfo;
      },
      setStatus: (id, status, tx) => this.messages.setStatus(id, status, tx),
      setContentWarning: (id, cw, tx) => this.messages.setContentWarning(id, cw, tx),
      announce: (change) => this.announce(change),
      context: async (id, around) => {
        const rows = await this.messages.around(id, around);
        const target = rows.find((r) => r.id === id);
        if (!target) {
          return undefined;
        }
        return {
          where: { roomId: target.room_id, messageId: id },
          entries: rows.map((row) => ({
            id: row.id,
            author: {
              id: row.author_id,
              displayName: row.author_status === 'deleted' ? FORMER_MEMBER : row.display_name,
            },
            body: row.status === 'removed' ? '' : row.body,
            contentWarning: row.content_warning,
            createdAt: row.created_at.toISOString(),
            isTarget: row.id === id,
          })),
        };
      },
    };
  }

  private async announce(change: TargetChange): Promise<void> {
    const message = await this.messages.row(change.id);
    if (!message) {
      return;
    }
    // Members never received a held message: once approved it arrives as new.
    const approved = change.from === 'pending' && change.to === 'visible';
    this.events.emit(approved ? RoomEvents.messageCreated : RoomEvents.messageUpdated, {
      message,
    } satisfies MessageEvent);
  }
}
