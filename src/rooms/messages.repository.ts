import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PURGED } from '../common/purged';
import { careCohortSql } from '../care/care-lines.sql';
import { separatedFromSql } from '../blocks/blocks.repository';
import { DomainError } from '../common/domain-error';
import { prepared } from '../database/prepared';
import type { Tx } from '../database/transactions';
import { activeMuteSql } from '../sanctions/sanctions.repository';
import { roomForUserSql, roomRecord } from './rooms.repository';
import type { RoomRow } from './rooms.repository';
import type { MessageRow } from './rooms.views';
import { SendBatches } from './send-batches';
import type { ClearSend, ClearSendResult } from './send-batches';
import type { SendRule } from './send-rules';
import type { ContentStatus, MessageEditView, RoomKind } from '../contract';

const COLUMNS = `m.id, m.room_id, m.seq, m.author_id, u.display_name, u.status AS author_status, u.role AS author_role, m.client_msg_id,
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
 * The one-statement route's form of each send rule, over the send `i` and its
 * room with the author's membership `ctx`: true only when the rule surely
 * passes with nothing to say but the stored message. messages.service.ts sets
 * each beside the checked route's form (send-rules.ts); a rule added there
 * fails the build here until it has its SQL.
 */
const CLEAR_WHEN = {
  slowMode: `ctx.slow_mode_seconds = 0`,
  access: `ctx.kind || ':' || coalesce(ctx.relation, 'none') = ANY(string_to_array(i.writable, ' '))`,
  account: `EXISTS (SELECT 1 FROM users WHERE id = i.author_id AND status = 'active')`,
  mute: `(ctx.kind = 'care' OR NOT EXISTS (${activeMuteSql('i.author_id')}))`,
  resend: `NOT EXISTS (SELECT 1 FROM messages WHERE author_id = i.author_id AND client_msg_id = i.client_msg_id)`,
} satisfies Record<SendRule, string>;

/**
 * Sends in one round trip when every rule is clear (CLEAR_WHEN), several at
 * once (one row of the arrays each; see SendBatches); `writable` is the
 * `kind:relation` pairs the author's role may write in, space-separated. Those
 * are numbered and stored as INSERT does (rooms locked in id order, so
 * concurrent batches cannot deadlock); for the others nothing is written and
 * their message columns come back null. Every row has its room (as JSON) and
 * who is separated from its author.
 *
 * The arrays reach unnest through a fenced subquery (OFFSET 0) so that the
 * planner cannot see how long they are. When it could, each call's own plan
 * looked cheaper than the shared one (1 row against unnest's default 100), so
 * PostgreSQL planned the statement afresh on every call (pg_prepared_statements
 * after a 300 msgs/s bench run: 0 generic plans, 504 custom), 60% of its CPU
 * per message. Fenced, it is planned once per connection, as `prepared` means.
 */
const INSERT_IF_CLEAR = prepared(
  `WITH input AS (
          SELECT t.* FROM (SELECT $1::uuid[] AS a1, $2::uuid[] AS a2, $3::text[] AS a3, $4::text[] AS a4,
                                  $5::text[] AS a5, $6::text[] AS a6, $7::text[] AS a7 OFFSET 0) p
           CROSS JOIN LATERAL unnest(p.a1, p.a2, p.a3, p.a4, p.a5, p.a6, p.a7)
            WITH ORDINALITY AS t(room_id, author_id, client_msg_id, body, content_warning, status, writable, n)),
        ctx AS (SELECT i.n, x.* FROM input i CROSS JOIN LATERAL (${roomForUserSql('i.room_id', 'i.author_id')}) x),
        clear AS (
          SELECT i.* FROM input i JOIN ctx ON ctx.n = i.n
           WHERE ${Object.values(CLEAR_WHEN).join('\n             AND ')}),
        locked AS (SELECT id FROM rooms WHERE id IN (SELECT room_id FROM clear) ORDER BY id FOR UPDATE),
        room AS (
          UPDATE rooms r SET last_seq = r.last_seq + 1 FROM locked WHERE r.id = locked.id RETURNING r.id, r.last_seq),
        inserted AS (
          INSERT INTO messages (room_id, seq, author_id, client_msg_id, body, content_warning, status)
          SELECT c.room_id, room.last_seq, c.author_id, c.client_msg_id, c.body, c.content_warning, c.status
            FROM clear c JOIN room ON room.id = c.room_id
          RETURNING *)
   SELECT ${COLUMNS},
          (SELECT row_to_json(x) FROM ctx x WHERE x.n = i.n) AS room_context,
          ARRAY(${separatedFromSql('i.author_id')}) AS separated
     FROM input i
     LEFT JOIN (inserted m JOIN users u ON u.id = m.author_id)
       ON m.author_id = i.author_id AND m.client_msg_id = i.client_msg_id
    ORDER BY i.n`,
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

/** A message as moderation sees it (ModerationTargets), with its room's kind and cohort. */
export interface MessageTargetRow {
  author_id: string;
  room_id: string;
  kind: RoomKind;
  cohort_id: string | null;
  status: ContentStatus;
  body: string;
  content_warning: string | null;
}

/** Messages, always in seq order; every query is bounded. */
@Injectable()
export class MessagesRepository {
  private readonly batches = new SendBatches((sends) => this.storeIfClear(sends));

  constructor(private readonly db: DataSource) {}

  /**
   * Numbers and stores a message in one statement: the room's row lock orders
   * writers, so seqs commit in order with no gap a reader could see. Run alone
   * it is atomic; inside `tx` it commits with the rest. A second send of the
   * same clientMsgId fails the whole statement (a unique violation of
   * `CLIENT_MSG_ID_KEY`), so the seq it took is never used.
   */
  async insert(message: NewMessage, tx?: Tx): Promise<MessageRow> {
    const rows: MessageRow[] = await this.on(tx).query(INSERT, [
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

  /** Numbers and stores a message as `insert` does, dated `createdAt` (the demo's conversation happened earlier). */
  async insertDated(message: NewMessage, createdAt: Date, tx: Tx): Promise<void> {
    await tx.query(
      `WITH room AS (UPDATE rooms SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq)
       INSERT INTO messages (room_id, seq, author_id, client_msg_id, body, content_warning, status, created_at)
       SELECT $1, room.last_seq, $2, $3, $4, $5, $6, $7 FROM room`,
      [
        message.roomId,
        message.authorId,
        message.clientMsgId,
        message.body,
        message.contentWarning,
        message.status,
        createdAt,
      ],
    );
  }

  /**
   * Stores the message if every rule is clear in PostgreSQL (CLEAR_WHEN),
   * together with other sends arriving at the same time (SendBatches); null when
   * any is not, and the caller takes the checked route for the reasons. Always
   * on the pool: a batch is its own transaction.
   */
  insertIfClear(message: NewMessage, writable: readonly string[]): Promise<ClearSendResult> {
    return this.batches.add({ message, writable });
  }

  private async storeIfClear(sends: ClearSend[]): Promise<ClearSendResult[]> {
    const column = <T>(pick: (send: ClearSend) => T): T[] => sends.map(pick);
    const rows: (MessageRow & { room_context: RoomRow | null; separated: string[] | null })[] = await this.db.query(
      INSERT_IF_CLEAR,
      [
        column((s) => s.message.roomId),
        column((s) => s.message.authorId),
        column((s) => s.message.clientMsgId),
        column((s) => s.message.body),
        column((s) => s.message.contentWarning),
        column((s) => s.message.status),
        column((s) => s.writable.join(' ')),
      ],
    );
    return rows.map(({ room_context: room, separated, ...row }) =>
      row.id === null || !room ? null : { row, room: roomRecord(room), separated: separated ?? [] },
    );
  }

  async byClientMsgId(authorId: string, clientMsgId: string, tx?: Tx): Promise<MessageRow | null> {
    const rows: MessageRow[] = await this.on(tx).query(BY_CLIENT_MSG_ID, [authorId, clientMsgId]);
    return rows[0] ?? null;
  }

  async row(id: string, tx?: Tx): Promise<MessageRow | null> {
    const rows: MessageRow[] = await this.on(tx).query(BY_ID, [id]);
    return rows[0] ?? null;
  }

  /** The message, locked until `tx` ends (an edit reads, checks and writes it as one). */
  async rowForUpdate(id: string, tx: Tx): Promise<MessageRow | null> {
    const rows: MessageRow[] = await tx.query(`${BY_ID} FOR UPDATE OF m`, [id]);
    return rows[0] ?? null;
  }

  /** What moderation needs to know about a message and its room. */
  async target(id: string, tx?: Tx): Promise<MessageTargetRow | null> {
    const rows: MessageTargetRow[] = await this.on(tx).query(
      `SELECT m.author_id, m.room_id, r.kind,
              CASE WHEN r.kind = 'care' THEN ${careCohortSql('r.id')} ELSE r.cohort_id END AS cohort_id,
              m.status, m.body, m.content_warning
         FROM messages m JOIN rooms r ON r.id = m.room_id WHERE m.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * The message and the `around` visible messages before and after it in its
   * room, oldest first (hidden, held and removed ones left out): what staff read
   * around a crisis alert's words.
   */
  async around(id: string, around: number): Promise<MessageRow[]> {
    return this.db.query(
      `WITH t AS (SELECT room_id, seq FROM messages WHERE id = $1),
            picked AS (
              (SELECT m.id, m.seq FROM messages m JOIN t ON m.room_id = t.room_id
                WHERE m.seq < t.seq AND m.status = 'visible' ORDER BY m.seq DESC LIMIT $2)
              UNION ALL
              (SELECT m.id, m.seq FROM messages m WHERE m.id = $1)
              UNION ALL
              (SELECT m.id, m.seq FROM messages m JOIN t ON m.room_id = t.room_id
                WHERE m.seq > t.seq AND m.status = 'visible' ORDER BY m.seq ASC LIMIT $2))
       SELECT ${COLUMNS} FROM picked p JOIN messages m ON m.id = p.id JOIN users u ON u.id = m.author_id
        ORDER BY m.seq`,
      [id, around],
    );
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

  async setContent(id: string, content: { body: string; contentWarning: string | null }, tx?: Tx): Promise<void> {
    await this.on(tx).query(`UPDATE messages SET body = $2, content_warning = $3, edited_at = now() WHERE id = $1`, [
      id,
      content.body,
      content.contentWarning,
    ]);
  }

  async recordEdit(
    edit: { messageId: string; editorId: string; previousBody: string; previousContentWarning: string | null },
    tx?: Tx,
  ): Promise<void> {
    await this.on(tx).query(
      `INSERT INTO message_edits (message_id, editor_id, previous_body, previous_content_warning) VALUES ($1, $2, $3, $4)`,
      [edit.messageId, edit.editorId, edit.previousBody, edit.previousContentWarning],
    );
  }

  async setStatus(id: string, status: ContentStatus, tx?: Tx): Promise<void> {
    await this.on(tx).query(`UPDATE messages SET status = $2 WHERE id = $1`, [id, status]);
  }

  async remove(id: string, by: string, tx?: Tx): Promise<void> {
    await this.on(tx).query(
      `UPDATE messages SET status = 'removed', removed_at = now(), removed_by = $2 WHERE id = $1 AND status <> 'removed'`,
      [id, by],
    );
  }

  async setContentWarning(id: string, contentWarning: string, tx?: Tx): Promise<void> {
    await this.on(tx).query(`UPDATE messages SET content_warning = $2 WHERE id = $1`, [
      id,
      contentWarning.slice(0, 120),
    ]);
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

  /**
   * Deletes up to `limit` messages older than `days` (their edits go with them),
   * except those under an open review or an unresolved crisis alert; returns how many.
   * `rooms`: chat rooms (chat retention), or care lines (clinical communication,
   * CARE_RETENTION_DAYS); chat retention never touches a care line.
   */
  async deleteExpired(days: number, limit: number, tx?: Tx, rooms: 'chat' | 'care' = 'chat'): Promise<number> {
    const [, deleted]: [unknown[], number] = await this.on(tx).query(
      `DELETE FROM messages WHERE id IN (
         SELECT m.id FROM messages m JOIN rooms rm ON rm.id = m.room_id
          WHERE m.created_at < now() - make_interval(days => $1)
            AND (rm.kind = 'care') = $3
            AND NOT EXISTS (SELECT 1 FROM review_items r WHERE r.target_type = 'message' AND r.target_id = m.id AND r.status = 'open')
            AND NOT EXISTS (SELECT 1 FROM crisis_alerts a WHERE a.target_type = 'message' AND a.target_id = m.id AND a.status <> 'resolved')
          LIMIT $2)`,
      [days, limit, rooms === 'care'],
    );
    return deleted;
  }

  /** The person's messages and their edits, for their export. */
  async exportFor(userId: string, tx?: Tx): Promise<Record<string, unknown[]>> {
    return {
      messages: await this.on(tx).query(
        `SELECT m.id, r.name AS room, m.seq, m.body, m.content_warning, m.status, m.created_at, m.edited_at
           FROM messages m JOIN rooms r ON r.id = m.room_id WHERE m.author_id = $1 ORDER BY m.created_at`,
        [userId],
      ),
      messageEdits: await this.on(tx).query(
        `SELECT message_id, previous_body, previous_content_warning, edited_at FROM message_edits
          WHERE editor_id = $1 ORDER BY edited_at`,
        [userId],
      ),
    };
  }

  /** Purges the person's words in chat; their messages keep their places in the rooms. */
  async purgeFor(userId: string, tx: Tx): Promise<void> {
    await tx.query(
      `DELETE FROM message_edits WHERE editor_id = $1 OR message_id IN (SELECT id FROM messages WHERE author_id = $1)`,
      [userId],
    );
    await tx.query(`UPDATE messages SET body = $2, content_warning = NULL, status = 'removed' WHERE author_id = $1`, [
      userId,
      PURGED,
    ]);
  }

  private on(tx: Tx | undefined): Tx {
    return tx ?? this.db.manager;
  }
}
