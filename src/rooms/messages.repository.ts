import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { prepared } from '../database/prepared';
import { separatedFromSql } from '../blocks/blocks.service';
import type { ContentStatus } from '../moderation/targets';
import { activeMuteSql } from '../sanctions/sanctions.service';
import { ROOM_FOR_USER, roomRecord } from './rooms.repository';
import type { RoomRecord, RoomRow } from './rooms.repository';
import type { MessageEditView, MessageRow } from './rooms.views';

const COLUMNS = `m.id, m.room_id, m.seq, m.author_id, u.display_name, u.status AS author_status, m.client_msg_id,
  m.body, m.content_warning, m.status, m.created_at, m.edited_at`;

// The chat hot path's statements, prepared once per connection (see prepared.ts).
const INSERT = prepared(
  `WITH room AS (UPDATE rooms SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq),
        inserted AS (
          INSERT INTO messages (room_id, seq, author_id, client_msg_id, body, content_warning, status)
          SELECT $1, room.last_seq, $2, $3, $4, $5, $6 FROM room
          RETURNING *)
   SELECT ${COLUMNS} FROM inserted m JOIN users u ON u.id = m.author_id`,
);
/**
 * A send in one round trip when nothing about it needs a closer look: the room
 * exists and the author may write in it ($7: the `kind:relation` pairs their
 * role may write in), the account is active, no mute is in force, the room has
 * no slow mode and this clientMsgId is new. Then numbered and stored as INSERT
 * does; otherwise nothing is written and the message columns come back null.
 * Always returns the room (as JSON) and who is separated from the author.
 */
const INSERT_IF_CLEAR = prepared(
  `WITH ctx AS (${ROOM_FOR_USER}),
        clear AS (
          SELECT 1 FROM ctx
           WHERE ctx.slow_mode_seconds = 0
             AND ctx.kind || ':' || coalesce(ctx.relation, 'none') = ANY($7::text[])
             AND EXISTS (SELECT 1 FROM users WHERE id = $2 AND status = 'active')
             AND NOT EXISTS (${activeMuteSql('$2')})
             AND NOT EXISTS (SELECT 1 FROM messages WHERE author_id = $2 AND client_msg_id = $3)),
        room AS (UPDATE rooms SET last_seq = last_seq + 1 WHERE id = $1 AND EXISTS (SELECT 1 FROM clear) RETURNING last_seq),
        inserted AS (
          INSERT INTO messages (room_id, seq, author_id, client_msg_id, body, content_warning, status)
          SELECT $1, room.last_seq, $2, $3, $4, $5, $6 FROM room
          RETURNING *)
   SELECT ${COLUMNS},
          (SELECT row_to_json(x) FROM ctx x) AS room_context,
          ARRAY(${separatedFromSql('$2')}) AS separated
     FROM (SELECT 1) one LEFT JOIN (inserted m JOIN users u ON u.id = m.author_id) ON true`,
);
const BY_CLIENT_MSG_ID = prepared(
  `SELECT ${COLUMNS} FROM messages m JOIN users u ON u.id = m.author_id WHERE m.author_id = $1 AND m.client_msg_id = $2`,
);
const BY_ID = prepared(`SELECT ${COLUMNS} FROM messages m JOIN users u ON u.id = m.author_id WHERE m.id = $1`);
const AFTER = prepared(
  `SELECT ${COLUMNS} FROM messages m JOIN users u ON u.id = m.author_id
    WHERE m.room_id = $1 AND m.seq > $2 ORDER BY m.seq LIMIT $3`,
);
// Two statements rather than one with `$2 IS NULL OR …`: a prepared statement's generic plan
// could not then use the seq bound in the index scan.
const NEWEST = prepared(
  `SELECT ${COLUMNS} FROM messages m JOIN users u ON u.id = m.author_id
    WHERE m.room_id = $1 ORDER BY m.seq DESC LIMIT $2`,
);
const BEFORE = prepared(
  `SELECT ${COLUMNS} FROM messages m JOIN users u ON u.id = m.author_id
    WHERE m.room_id = $1 AND m.seq < $2 ORDER BY m.seq DESC LIMIT $3`,
);
const BETWEEN = prepared(
  `SELECT ${COLUMNS} FROM messages m JOIN users u ON u.id = m.author_id
    WHERE m.room_id = $1 AND m.seq > $2 AND m.seq < $3 ORDER BY m.seq LIMIT $4`,
);

export interface NewMessage {
  roomId: string;
  authorId: string;
  clientMsgId: string;
  body: string;
  contentWarning: string | null;
  status: ContentStatus;
}

/** The unique index that makes a clientMsgId one message per author. */
export const CLIENT_MSG_ID_KEY = 'messages_author_id_client_msg_id_key';

/** Messages, always in seq order; every query is bounded. */
@Injectable()
export class MessagesRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Numbers and stores a message in one statement: the room's row lock orders
   * writers, so seqs commit in order with no gap a reader could see. Run alone
   * it is atomic; inside a transaction it commits with the rest. A second send
   * of the same clientMsgId fails the whole statement (a unique violation of `CLIENT_MSG_ID_KEY`),
   * so the seq it took is never used.
   */
  async insert(db: EntityManager | DataSource, message: NewMessage): Promise<MessageRow> {
    const rows: MessageRow[] = await db.query(INSERT, [
      message.roomId,
      message.authorId,
      message.clientMsgId,
      message.body,
      message.contentWarning,
      message.status,
    ]);
    if (!rows[0]) {
      throw new DomainError('not_found', 'Room not found');
    }
    return rows[0];
  }

  /**
   * Stores the message if every check passes in PostgreSQL (see INSERT_IF_CLEAR);
   * null when any does not, and the caller takes the long way with the reasons.
   */
  async insertIfClear(
    message: NewMessage,
    writable: readonly string[],
  ): Promise<{ row: MessageRow; room: RoomRecord; separated: string[] } | null> {
    const rows: (MessageRow & { room_context: RoomRow | null; separated: string[] | null })[] = await this.db.query(
      INSERT_IF_CLEAR,
      [
        message.roomId,
        message.authorId,
        message.clientMsgId,
        message.body,
        message.contentWarning,
        message.status,
        writable,
      ],
    );
    const found = rows[0];
    if (!found || found.id === null || !found.room_context) {
      return null;
    }
    const { room_context: room, separated, ...row } = found;
    return { row, room: roomRecord(room), separated: separated ?? [] };
  }

  async byClientMsgId(authorId: string, clientMsgId: string): Promise<MessageRow | null> {
    const rows: MessageRow[] = await this.db.query(BY_CLIENT_MSG_ID, [authorId, clientMsgId]);
    return rows[0] ?? null;
  }

  async row(id: string, manager: EntityManager = this.db.manager, lock = false): Promise<MessageRow | null> {
    const rows: MessageRow[] = await manager.query(lock ? `${BY_ID} FOR UPDATE OF m` : BY_ID, [id]);
    return rows[0] ?? null;
  }

  /** Up to `limit` messages after `afterSeq`, oldest first; one extra row tells whether more follow. */
  async after(roomId: string, afterSeq: number, limit: number): Promise<{ rows: MessageRow[]; hasMore: boolean }> {
    const rows: MessageRow[] = await this.db.query(AFTER, [roomId, afterSeq, limit + 1]);
    return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
  }

  /** The `limit` messages just before `beforeSeq` (or the newest), returned oldest first. */
  async before(
    roomId: string,
    beforeSeq: number | null,
    limit: number,
  ): Promise<{ rows: MessageRow[]; hasMore: boolean }> {
    const rows: MessageRow[] =
      beforeSeq === null
        ? await this.db.query(NEWEST, [roomId, limit + 1])
        : await this.db.query(BEFORE, [roomId, beforeSeq, limit + 1]);
    return { rows: rows.slice(0, limit).reverse(), hasMore: rows.length > limit };
  }

  /** Messages strictly between two seqs (both given), oldest first. */
  async between(
    roomId: string,
    afterSeq: number,
    beforeSeq: number,
    limit: number,
  ): Promise<{ rows: MessageRow[]; hasMore: boolean }> {
    const rows: MessageRow[] = await this.db.query(BETWEEN, [roomId, afterSeq, beforeSeq, limit + 1]);
    return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
  }

  async setContent(
    manager: EntityManager,
    id: string,
    content: { body: string; contentWarning: string | null },
  ): Promise<void> {
    await manager.query(`UPDATE messages SET body = $2, content_warning = $3, edited_at = now() WHERE id = $1`, [
      id,
      content.body,
      content.contentWarning,
    ]);
  }

  async recordEdit(
    manager: EntityManager,
    edit: { messageId: string; editorId: string; previousBody: string; previousContentWarning: string | null },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO message_edits (message_id, editor_id, previous_body, previous_content_warning) VALUES ($1, $2, $3, $4)`,
      [edit.messageId, edit.editorId, edit.previousBody, edit.previousContentWarning],
    );
  }

  async setStatus(manager: EntityManager, id: string, status: ContentStatus): Promise<void> {
    await manager.query(`UPDATE messages SET status = $2 WHERE id = $1`, [id, status]);
  }

  async remove(manager: EntityManager, id: string, by: string): Promise<void> {
    await manager.query(
      `UPDATE messages SET status = 'removed', removed_at = now(), removed_by = $2 WHERE id = $1 AND status <> 'removed'`,
      [id, by],
    );
  }

  async setContentWarning(manager: EntityManager, id: string, contentWarning: string): Promise<void> {
    await manager.query(`UPDATE messages SET content_warning = $2 WHERE id = $1`, [id, contentWarning.slice(0, 120)]);
  }

  async edits(messageId: string): Promise<MessageEditView[]> {
    const rows: {
      edited_at: Date;
      editor_id: string;
      display_name: string;
      previous_body: string;
      previous_content_warning: string | null;
    }[] = await this.db.query(
      `SELECT e.edited_at, e.editor_id, u.display_name, e.previous_body, e.previous_content_warning
         FROM message_edits e JOIN users u ON u.id = e.editor_id WHERE e.message_id = $1 ORDER BY e.edited_at DESC LIMIT 100`,
      [messageId],
    );
    return rows.map((r) => ({
      editedAt: r.edited_at.toISOString(),
      editor: { id: r.editor_id, displayName: r.display_name },
      previousBody: r.previous_body,
      previousContentWarning: r.previous_content_warning,
    }));
  }
}
