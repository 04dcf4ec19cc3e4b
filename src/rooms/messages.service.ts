import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation } from '../common/database-errors';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { ContentSafetyService } from '../safety/content-safety.service';
import type { ScreenedContent } from '../safety/content-safety.service';
import { SanctionsService } from '../sanctions/sanctions.service';
import { CLIENT_MSG_ID_KEY, MessagesRepository } from './messages.repository';
import type { NewMessage } from './messages.repository';
import { RoomAccess } from './room-access';
import { RoomQueues } from './room-queues';
import type { EditMessageBody, SendMessageBody } from './rooms.dto';
import { RoomEvents } from './rooms.events';
import type { MessageEvent } from './rooms.events';
import { RoomsRepository } from './rooms.repository';
import type { RoomRecord } from './rooms.repository';
import { messageView } from './rooms.views';
import type { MessageReader, MessageRow } from './rooms.views';
import type { ClearSendResult } from './send-batches';
import { SendLimits } from './send-limits';
import { checkSend } from './send-rules';
import type { MessageEditView, MessageView, MessageWithSignpost, Signpost } from '../contract';

export const EDIT_WINDOW_MS = 15 * 60_000;

type AfterRecord = { signpost?: Signpost; announce: () => Promise<void> };

/**
 * Chat messages: sending, editing, taking down (reading is history.service.ts).
 * REST and Socket.IO both come here, so the rules are the same on either.
 *
 * A send: validate (DTO) → screen (watched words, personal details, crisis) →
 * one of two routes → after the store, the broadcast, crisis resources for the
 * author, the ack.
 * - One statement (sendWhenClear), for a send with nothing from the screen to
 *   record: the send limit is counted, then INSERT_IF_CLEAR checks every rule
 *   and stores the message with its seq in one round trip, batched with other
 *   sends (SendBatches). If any rule is not clear nothing is stored, the count
 *   is given back and the send takes the checked route, which says why.
 * - Checked (sendChecked): one query for the context (RoomsRepository.sendContext),
 *   each rule in TypeScript with its own answer (checkSend, SendLimits), then the
 *   store, with what the screen found recorded in the same transaction.
 *
 * The rules, one form per route (SendRule):
 *
 * | rule      | one statement, clear when (CLEAR_WHEN) | checked route (checkSend, SendLimits)                      |
 * | --------- | -------------------------------------- | ---------------------------------------------------------- |
 * | account   | users.status = 'active'                | deleted: session_ended; banned: account_banned; suspended  |
 * |           |                                        | until later: account_suspended (one past its end passes)   |
 * | access    | kind:relation in writableIn(user)      | requireLoaded(user, room, 'write'): not_found, forbidden   |
 * | resend    | no message of theirs has clientMsgId   | the first message (client_msg_id_reused if another room)   |
 * | mute      | no mute in force (activeMuteSql)       | muted, with the reason and time left                       |
 * | slow mode | rooms.slow_mode_seconds = 0            | one send per slow mode period; moderators exempt: slow_mode |
 * | limit     | counted first, given back unless stored | counted: rate_limited                                     |
 *
 * The SQL form is never looser than the TypeScript one: what it stores, the
 * checked route would have stored; what it holds back, the checked route
 * decides. Access is proven equal by room-access.spec.ts; every rule by
 * test/rooms-send-routes.e2e-spec.ts, which sends each combination both ways.
 *
 * Order. (1) A room's seqs are gap-free and commit in order. (2) One socket's
 * sends are stored in the order it sent them. (3) Each node broadcasts a
 * room's messages in seq order. (4) Clients place messages by seq and fetch a
 * gap with `sync`, so the order in which several nodes' broadcasts arrive does
 * not matter. What keeps each:
 * - the room's row: the seq is taken under its lock by the statement that
 *   stores the message, so a failed store takes none (1);
 * - per socket (RoomsGateway.send): each send waits for the socket's previous one (2);
 * - room queues (RoomQueues): one store-and-announce per room at a time on
 *   this node, so messageCreated is emitted in seq order (3);
 * - broadcast queue (RoomsGateway.inOrder): a broadcast may await a lookup;
 *   a room's broadcasts still leave in the order emitted (3);
 * - batches (SendBatches): order nothing themselves (the room queues already
 *   let one send per room be in flight); one send per room per statement, as
 *   a room's seq is taken once per row, and rooms locked in id order (no deadlock).
 */
@Injectable()
export class MessagesService {
  private readonly queues = new RoomQueues();

  constructor(
    private readonly transactions: Transactions,
    private readonly access: RoomAccess,
    private readonly messages: MessagesRepository,
    private readonly rooms: RoomsRepository,
    private readonly safety: ContentSafetyService,
    private readonly sanctions: SanctionsService,
    private readonly limits: SendLimits,
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

  /** The one-statement route: the stored message, or undefined (the count given back) when any rule is not clear. */
  private async sendWhenClear(user: AuthUser, message: NewMessage): Promise<MessageView | undefined> {
    let stored: ClearSendResult = null;
    const counted = await this.limits.count(user.id);
    try {
      if (counted) {
        stored = await this.queues.run(message.roomId, async () => {
          const done = await this.messages.insertIfClear(message, this.access.writableIn(user));
          if (done) {
            this.announceCreated(done.row, done.separated);
          }
          return done;
        });
      }
    } catch (error) {
      // Sent twice at once: the checked route finds the first.
      if (!isUniqueViolation(error, CLIENT_MSG_ID_KEY)) {
        throw error;
      }
    } finally {
      // Only stored messages use the limit up: not one held back, nor one the database was unavailable for.
      if (!stored) {
        await this.limits.refund(user.id);
      }
    }
    return stored
      ? messageView(stored.row, { id: user.id, seesAll: this.access.moderates(user, stored.room) })
      : undefined;
  }

  /** The checked route: every rule one at a time with its own answer, and messages whose screening is recorded. */
  private async sendChecked(
    user: AuthUser,
    message: NewMessage,
    screened: ScreenedContent,
  ): Promise<MessageWithSignpost> {
    const { roomId, clientMsgId } = message;
    // Room, membership, account, mute, an earlier send and blocks: one round trip.
    const context = await this.rooms.sendContext(roomId, user.id, clientMsgId);
    const checked = checkSend(user, context, this.access);
    const { room } = checked;
    const reader: MessageReader = { id: user.id, seesAll: checked.moderates };
    if (checked.resendOf !== null) {
      return this.resent(await this.messages.row(checked.resendOf), roomId, reader);
    }
    await this.limits.take(user.id, room.id, checked.slowModeSeconds);
    let after: AfterRecord | undefined;
    let created: MessageRow;
    try {
      created = await this.queues.run(roomId, async () => {
        const stored = this.safety.needsRecord(screened)
          ? await this.transactions.run(async (tx) => {
              const row = await this.messages.insert(message, tx);
              after = await this.safety.record(
                tx,
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
            await this.messages.insert(message);
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
    return this.withSignpost(user, messageView(created, reader), after?.signpost);
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
    let after: AfterRecord | undefined;
    const updated = await this.transactions.run(async (tx) => {
      const current = await this.messages.rowForUpdate(messageId, tx);
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
      await this.messages.recordEdit(
        {
          messageId,
          editorId: user.id,
          previousBody: current.body,
          previousContentWarning: current.content_warning,
        },
        tx,
      );
      await this.messages.setContent(messageId, next, tx);
      if (screened) {
        // New wording passes the pipeline again: words that need approval hold the message anew.
        if (screened.status === 'pending' && current.status === 'visible') {
          await this.messages.setStatus(messageId, 'pending', tx);
        }
        after = await this.safety.record(
          tx,
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
      return this.messages.row(messageId, tx);
    });
    if (!updated) {
      throw new DomainError('not_found', 'Message not found');
    }
    this.events.emit(RoomEvents.messageUpdated, { message: updated } satisfies MessageEvent);
    await after?.announce();
    const view = messageView(updated, { id: user.id, seesAll: this.access.moderates(user, room) });
    return this.withSignpost(user, view, after?.signpost);
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
      updated = await this.transactions.run(async (tx) => {
        await this.messages.remove(messageId, user.id, tx);
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
            tx,
          );
        }
        return (await this.messages.row(messageId, tx)) ?? message;
      });
      this.events.emit(RoomEvents.messageUpdated, { message: updated } satisfies MessageEvent);
    }
    return messageView(updated, reader);
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

  /** The help goes with the answer (and, at once, to every device of the author: ContentSafetyService). */
  private withSignpost(user: AuthUser, view: MessageView, signpost: Signpost | undefined): MessageWithSignpost {
    return signpost ? { ...view, signpost } : view;
  }
}
