import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { BlocksService } from '../blocks/blocks.service';
import { isDatabaseUnavailable, isUniqueViolation } from '../common/database-errors';
import { DomainError } from '../common/domain-error';
import { RateLimiter } from '../common/rate-limiter';
import { TO_USERS } from '../realtime/relay';
import type { ToUsersEvent } from '../realtime/relay';
import { ContentSafetyService } from '../safety/content-safety.service';
import type { ScreenedContent } from '../safety/content-safety.service';
import { refuseIfMuted, refuseIfSanctioned, SanctionsService } from '../sanctions/sanctions.service';
import { RoomAccess } from './room-access';
import type { EditMessageBody, HistoryQuery, SendMessageBody, SyncRoomDto } from './rooms.dto';
import { RoomEvents } from './rooms.events';
import type { MessageEvent } from './rooms.events';
import { CLIENT_MSG_ID_KEY, MessagesRepository } from './messages.repository';
import type { NewMessage } from './messages.repository';
import type { ClearSendResult } from './send-batches';
import { RoomsRepository } from './rooms.repository';
import type { RoomRecord } from './rooms.repository';
import { messageView } from './rooms.views';
import type { MessageReader, MessageRow } from './rooms.views';
import type { MessageEditView, MessageView, MessageWithSignpost, Signpost, SyncedRoom } from '../contract';

/** Per person, across rooms: plenty for conversation, a brake on floods. */
export const SEND_LIMIT = { count: 10, windowMs: 10_000 };
const sendLimitKey = (userId: string): string => `chat-send:${userId}`;
export const EDIT_WINDOW_MS = 15 * 60_000;
const PAGE = 50;
const SYNC_PAGE = 100;

export interface HistoryPage {
  messages: MessageView[];
  hasMore: boolean;
}

/**
 * Runs one store-and-announce at a time per room on this node. The room's row
 * lock already orders the transactions; this also orders what happens after
 * each commit, so this node broadcasts a room's messages in seq order. When one
 * finds the database unavailable, those waiting behind it are answered the
 * same at once rather than each waiting out its own timeout in turn.
 */
class RoomQueues {
  /** Per room, the last task's end: the error it met if the database was unavailable. */
  private readonly tails = new Map<string, Promise<Error | undefined>>();

  run<T>(roomId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(roomId) ?? Promise.resolve(undefined);
    const current = previous.then((unavailable) => {
      if (unavailable !== undefined) {
        throw unavailable;
      }
      return task();
    });
    const tail = current.then(
      () => undefined,
      (error: unknown) => (isDatabaseUnavailable(error) ? (error as Error) : undefined),
    );
    this.tails.set(roomId, tail);
    void tail.then(() => {
      if (this.tails.get(roomId) === tail) {
        this.tails.delete(roomId);
      }
    });
    return current;
  }
}

/**
 * Chat messages: validate (DTO) → screening → then either, for most sends, the
 * limit and one statement that checks access, sanctions and idempotency and
 * stores the message with its seq (sendWhenClear), or each check in turn with
 * its own answer → limits → persist → record what the screen found (same
 * transaction) (sendChecked) → after commit: safety announcements and the live
 * broadcast. REST and Socket.IO both come here, so the rules are the same on either.
 */
@Injectable()
export class MessagesService {
  private readonly queues = new RoomQueues();

  constructor(
    private readonly db: DataSource,
    private readonly access: RoomAccess,
    private readonly messages: MessagesRepository,
    private readonly rooms: RoomsRepository,
    private readonly safety: ContentSafetyService,
    private readonly sanctions: SanctionsService,
    private readonly blocks: BlocksService,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  async send(user: AuthUser, roomId: string, dto: SendMessageBody): Promise<MessageWithSignpost> {
    const screened = await this.safety.screen(dto.body);
    const message: NewMessage = {
      roomId,
      authorId: user.id,
      clientMsgId: dto.clientMsgId,
      body: screened.text,
      contentWarning: dto.contentWarning ?? null,
      status: screened.status,
    };
    if (!this.safety.needsRecord(screened)) {
      const sent = await this.sendWhenClear(user, message);
      if (sent) {
        return sent;
      }
    }
    return this.sendChecked(user, message, screened);
  }

  /**
   * Most sends: a member writing in their room, nothing held or flagged. The
   * rate limit is counted, then one statement checks room, access, account,
   * mute, slow mode and the clientMsgId and stores the message (the same rules
   * as sendChecked: access as `writableIn`, any doubt means nothing is written).
   * Undefined when anything needs the long way; the hit is given back first.
   */
  private async sendWhenClear(user: AuthUser, message: NewMessage): Promise<MessageView | undefined> {
    const key = sendLimitKey(user.id);
    const limit = await this.limiter.hit(key, SEND_LIMIT.count, SEND_LIMIT.windowMs);
    let stored: ClearSendResult = null;
    if (limit.allowed) {
      try {
        stored = await this.queues.run(message.roomId, async () => {
          const done = await this.messages.insertIfClear(message, this.access.writableIn(user));
          if (done) {
            this.announceCreated(done.row, done.separated);
          }
          return done;
        });
      } catch (error) {
        // Sent twice at once: the long way finds the first.
        if (!isUniqueViolation(error, CLIENT_MSG_ID_KEY)) {
          throw error;
        }
      }
    }
    if (!stored) {
      await this.limiter.refund(key);
      return undefined;
    }
    return messageView(stored.row, { id: user.id, seesAll: this.access.moderates(user, stored.room) });
  }

  /** Every check one at a time, with its own answer: refusals, resends, slow mode, and messages whose screening is recorded. */
  private async sendChecked(
    user: AuthUser,
    message: NewMessage,
    screened: ScreenedContent,
  ): Promise<MessageWithSignpost> {
    const { roomId, clientMsgId } = message;
    // Room, membership, account, mute, an earlier send and blocks: one round trip.
    const context = await this.rooms.sendContext(roomId, user.id, clientMsgId);
    // Suspension and ban close the person's sockets on every node; this holds even if that word never arrives.
    if (context.account.status === 'deleted') {
      throw new DomainError('unauthorized', 'Your session has ended; sign in again', 'session_ended');
    }
    refuseIfSanctioned(context.account.status, context.account.until, 'unauthorized');
    const room = this.access.requireLoaded(user, context.room, 'write');
    const reader: MessageReader = { id: user.id, seesAll: this.access.moderates(user, room) };
    if (context.existingId) {
      return this.resent(await this.messages.row(context.existingId), roomId, reader);
    }
    refuseIfMuted(context.mute);
    await this.takeLimits(user, room, reader.seesAll);
    let after: { signpost?: Signpost; announce: () => Promise<void> } | undefined;
    let created: MessageRow;
    try {
      created = await this.queues.run(roomId, async () => {
        const stored = this.safety.needsRecord(screened)
          ? await this.db.transaction(async (manager) => {
              const row = await this.messages.insert(manager, message);
              after = await this.safety.record(
                manager,
                {
                  type: 'message',
                  id: row.id,
                  authorId: user.id,
                  cohortId: room.cohortId,
                  spaceKind: room.kind,
                  spaceId: room.id,
                  status: row.status,
                  excerpt: row.body.slice(0, 200),
                  contentWarning: row.content_warning,
                },
                screened,
              );
              return row;
            })
          : // Nothing to record beside it: numbered and stored by one atomic statement.
            await this.messages.insert(this.db, message);
        this.announceCreated(stored, context.separated);
        return stored;
      });
    } catch (error) {
      if (!isUniqueViolation(error, CLIENT_MSG_ID_KEY)) {
        throw error;
      }
      // Sent twice at once: the other request stored it first.
      return this.resent(await this.messages.byClientMsgId(user.id, clientMsgId), roomId, reader);
    }
    await after?.announce();
    const view = messageView(created, reader);
    if (after?.signpost) {
      // Shown at once on every device of the author, whichever sent it.
      this.events.emit(TO_USERS, {
        userIds: [user.id],
        event: 'crisis:resources',
        payload: { resources: after.signpost.resources },
      } satisfies ToUsersEvent);
      return { ...view, signpost: after.signpost };
    }
    return view;
  }

  async edit(user: AuthUser, messageId: string, dto: EditMessageBody): Promise<MessageWithSignpost> {
    if (dto.body === undefined && dto.contentWarning === undefined) {
      throw new DomainError('invalid', 'Nothing to change: send body or contentWarning');
    }
    const { message, room } = await this.requireMessage(user, messageId, 'write');
    if (message.author_id !== user.id) {
      throw new DomainError('forbidden', 'Only the author can edit a message', 'not_author');
    }
    await this.sanctions.assertCanPost(user.id);
    const screened = dto.body === undefined ? undefined : await this.safety.screen(dto.body);
    let after: { signpost?: Signpost; announce: () => Promise<void> } | undefined;
    const updated = await this.db.transaction(async (manager) => {
      const current = await this.messages.row(messageId, manager, true);
      if (!current) {
        throw new DomainError('not_found', 'Message not found');
      }
      if (current.status === 'removed' || current.status === 'hidden') {
        throw new DomainError('conflict', 'This message was taken down and can no longer be edited', current.status);
      }
      if (Date.now() - current.created_at.getTime() > EDIT_WINDOW_MS) {
        throw new DomainError('forbidden', 'Messages can be edited for 15 minutes after sending', 'edit_window_closed');
      }
      const next = {
        body: screened?.text ?? current.body,
        contentWarning: dto.contentWarning === undefined ? current.content_warning : dto.contentWarning,
      };
      await this.messages.recordEdit(manager, {
        messageId,
        editorId: user.id,
        previousBody: current.body,
        previousContentWarning: current.content_warning,
      });
      await this.messages.setContent(manager, messageId, next);
      if (screened) {
        // New wording passes the pipeline again: words that need approval hold the message anew.
        if (screened.status === 'pending' && current.status === 'visible') {
          await this.messages.setStatus(manager, messageId, 'pending');
        }
        after = await this.safety.record(
          manager,
          {
            type: 'message',
            id: messageId,
            authorId: current.author_id,
            cohortId: room.cohortId,
            spaceKind: room.kind,
            spaceId: room.id,
            status: current.status,
            excerpt: next.body.slice(0, 200),
            contentWarning: next.contentWarning,
          },
          screened,
        );
      }
      return this.messages.row(messageId, manager);
    });
    if (!updated) {
      throw new DomainError('not_found', 'Message not found');
    }
    this.events.emit(RoomEvents.messageUpdated, { message: updated } satisfies MessageEvent);
    await after?.announce();
    const view = messageView(updated, { id: user.id, seesAll: this.access.moderates(user, room) });
    if (after?.signpost) {
      this.events.emit(TO_USERS, {
        userIds: [user.id],
        event: 'crisis:resources',
        payload: { resources: after.signpost.resources },
      } satisfies ToUsersEvent);
      return { ...view, signpost: after.signpost };
    }
    return view;
  }

  /** The author takes their message down, or staff who moderate the room do (recorded in the audit log). */
  async remove(user: AuthUser, messageId: string): Promise<MessageView> {
    const { message, room, reader } = await this.requireMessage(user, messageId);
    const own = message.author_id === user.id;
    if (!own && !reader.seesAll) {
      throw new DomainError('forbidden', 'Only the author or staff can delete this message', 'not_author');
    }
    let updated = message;
    if (message.status !== 'removed') {
      updated = await this.db.transaction(async (manager) => {
        await this.messages.remove(manager, messageId, user.id);
        if (!own) {
          await this.audit.record(
            {
              actorId: user.id,
              action: 'room.message_removed',
              targetType: 'message',
              targetId: messageId,
              cohortId: room.cohortId,
              details: { roomId: room.id },
            },
            manager,
          );
        }
        return (await this.messages.row(messageId, manager)) ?? message;
      });
      this.events.emit(RoomEvents.messageUpdated, { message: updated } satisfies MessageEvent);
    }
    return messageView(updated, reader);
  }

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
    const reader = await this.reader(user, room);
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

  async edits(user: AuthUser, messageId: string): Promise<MessageEditView[]> {
    const { reader } = await this.requireMessage(user, messageId);
    if (!reader.seesAll) {
      throw new DomainError('forbidden', 'Only staff who moderate this room can see edit history', 'staff_only');
    }
    return this.messages.edits(messageId);
  }

  private async requireMessage(
    user: AuthUser,
    messageId: string,
    action: 'read' | 'write' = 'read',
  ): Promise<{ message: MessageRow; room: RoomRecord; reader: MessageReader }> {
    const message = await this.messages.row(messageId);
    if (!message) {
      throw new DomainError('not_found', 'Message not found');
    }
    let room: RoomRecord;
    try {
      room = await this.access.require(user, message.room_id, action);
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'not_found') {
        throw new DomainError('not_found', 'Message not found');
      }
      throw error;
    }
    const reader = { id: user.id, seesAll: this.access.moderates(user, room) };
    if (message.status === 'pending' && !reader.seesAll && message.author_id !== user.id) {
      throw new DomainError('not_found', 'Message not found');
    }
    return { message, room, reader };
  }

  private async reader(user: AuthUser, room: RoomRecord): Promise<MessageReader> {
    return {
      id: user.id,
      seesAll: this.access.moderates(user, room),
      separated: new Set(await this.blocks.separatedFrom(user.id)),
    };
  }

  private resent(existing: MessageRow | null, roomId: string, reader: MessageReader): MessageView {
    if (!existing) {
      // Deleted since (account purge or retention): as if the room had never had it.
      throw new DomainError('not_found', 'Message not found');
    }
    if (existing.room_id !== roomId) {
      throw new DomainError(
        'conflict',
        'clientMsgId was already used for a message in another room; use a new one',
        'client_msg_id_reused',
      );
    }
    return messageView(existing, reader);
  }

  /** Called from inside the room's queue, after the store: this node broadcasts a room's messages in seq order. */
  private announceCreated(message: MessageRow, separated: string[]): void {
    this.events.emit(RoomEvents.messageCreated, { message, separated } satisfies MessageEvent);
  }

  private async takeLimits(user: AuthUser, room: RoomRecord, moderates: boolean): Promise<void> {
    const sent = await this.limiter.hit(sendLimitKey(user.id), SEND_LIMIT.count, SEND_LIMIT.windowMs);
    if (!sent.allowed) {
      throw new DomainError(
        'rate_limited',
        `You are sending messages very quickly; please wait a moment`,
        'rate_limited',
        Math.max(1, Math.ceil(sent.retryAfterMs / 1000)),
      );
    }
    if (room.slowModeSeconds > 0 && !moderates) {
      const slow = await this.limiter.hit(`chat-slow:${room.id}:${user.id}`, 1, room.slowModeSeconds * 1000);
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
