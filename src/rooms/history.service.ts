import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { isStaff } from '../access/policy';
import { AuditService } from '../audit/audit.service';
import { BlocksService } from '../blocks/blocks.service';
import { DomainError } from '../common/domain-error';
import { MessagesRepository } from './messages.repository';
import { RoomAccess } from './room-access';
import type { HistoryQuery, SyncRoomDto } from './rooms.dto';
import type { RoomRecord } from './rooms.repository';
import { messageView } from './rooms.views';
import type { MessageView, SyncedRoom } from '../contract';

const PAGE = 50;
const SYNC_PAGE = 100;

export interface HistoryPage {
  messages: MessageView[];
  hasMore: boolean;
}

/** Reading a room's messages: history pages by seq, and the catch-up after a reconnect. */
@Injectable()
export class HistoryService {
  constructor(
    private readonly access: RoomAccess,
    private readonly messages: MessagesRepository,
    private readonly blocks: BlocksService,
    private readonly audit: AuditService,
  ) {}

  async history(user: AuthUser, roomId: string, query: HistoryQuery): Promise<HistoryPage> {
    const room = await this.access.require(user, roomId);
    const limit = query.limit ?? PAGE;
    const { after, before } = query;
    if (after !== undefined && before !== undefined && before <= after + 1) {
      return { messages: [], hasMore: false };
    }
    const page =
      after !== undefined && before !== undefined
        ? await this.messages.between(roomId, after, before, limit)
        : after !== undefined
          ? await this.messages.after(roomId, after, limit)
          : await this.messages.before(roomId, before ?? null, limit);
    const reader = {
      id: user.id,
      seesAll: this.access.moderates(user, room),
      separated: new Set(await this.blocks.separatedFrom(user.id)),
    };
    await this.auditCareRead(user, room, page.rows.length);
    return { messages: page.rows.map((row) => messageView(row, reader)), hasMore: page.hasMore };
  }

  /** Catch-up after a reconnect: everything after each room's last seen seq, in order, paged by `hasMore`. */
  async sync(user: AuthUser, rooms: SyncRoomDto[]): Promise<SyncedRoom[]> {
    const separated = new Set(await this.blocks.separatedFrom(user.id));
    const seen = new Set<string>();
    const out: SyncedRoom[] = [];
    for (const { roomId, afterSeq } of rooms) {
      if (seen.has(roomId)) {
        continue;
      }
      seen.add(roomId);
      try {
        const room = await this.access.require(user, roomId);
        const reader = { id: user.id, seesAll: this.access.moderates(user, room), separated };
        const page = await this.messages.after(roomId, afterSeq, SYNC_PAGE);
        await this.auditCareRead(user, room, page.rows.length);
        out.push({ roomId, messages: page.rows.map((row) => messageView(row, reader)), hasMore: page.hasMore });
      } catch (error) {
        if (!(error instanceof DomainError)) {
          throw error;
        }
        // One room the caller lost (a step-down) must not stop the others from catching up.
        out.push({
          roomId,
          messages: [],
          hasMore: false,
          error: { code: error.code ?? error.kind, message: error.message },
        });
      }
    }
    return out;
  }

  /**
   * Every staff read of a care line is audited (ids only, never words), before the words are handed out:
   * a page of history, a catch-up, or joining it live (`count` null: its messages arrive as they are sent).
   */
  async auditCareRead(user: AuthUser, room: RoomRecord, count: number | null): Promise<void> {
    if (room.kind !== 'care' || !isStaff(user) || count === 0) {
      return;
    }
    await this.audit.record({
      actorId: user.id,
      action: count === null ? 'care.line_joined' : 'care.line_read',
      targetType: 'room',
      targetId: room.id,
      cohortId: room.cohortId,
      details: count === null ? {} : { messages: count },
    });
  }
}
