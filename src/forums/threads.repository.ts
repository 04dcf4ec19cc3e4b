import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { separatedFromSql } from '../blocks/blocks.repository';
import { PURGED } from '../common/purged';
import { prepared } from '../database/prepared';
import type { Tx } from '../database/transactions';
import { listableContentSql } from './boards.repository';
import type { Viewer } from './forums.views';
import { authorView, iso, showsContent } from './forums.views';
import type { ThreadCursor } from './thread-cursor';
import type { BoardScope, ContentStatus, PostEditView, ReactionKind, ThreadView } from '../contract';

/** A thread with what access checks need about its board. */
export interface ThreadRecord {
  id: string;
  boardId: string;
  scope: BoardScope;
  cohortId: string | null;
  authorId: string;
  title: string;
  body: string;
  contentWarning: string | null;
  status: ContentStatus;
  locked: boolean;
}

/** A thread's opening words and their author, as staff read them around a crisis alert. */
export interface ThreadOpening {
  id: string;
  authorId: string;
  authorName: string;
  authorStatus: string;
  title: string;
  body: string;
  contentWarning: string | null;
  status: ContentStatus;
  createdAt: Date;
}

interface ThreadRow {
  id: string;
  board_id: string;
  author_id: string;
  display_name: string;
  author_status: string;
  title: string;
  body: string;
  content_warning: string | null;
  status: ContentStatus;
  pinned: boolean;
  locked: boolean;
  created_at: Date;
  edited_at: Date | null;
  last_activity_at: Date;
  reply_count: number;
}

export interface ThreadPageRow extends ThreadRow {
  activity_key: string;
  snapshot_key: string;
}

const THREAD_COLUMNS = `t.id, t.board_id, t.author_id, u.display_name, u.status AS author_status, t.title, t.body,
  t.content_warning, t.status, t.locked_at IS NOT NULL AS locked, t.created_at, t.edited_at, t.last_activity_at,
  (SELECT count(*) FROM posts p WHERE p.thread_id = t.id AND p.status = 'visible')::int AS reply_count`;

/**
 * Everything a thread's reader needs but its replies, in one round trip: the record access checks read,
 * the thread as `view` gives it, the version its replies stand at (threads.view_version), whom the reader
 * is separated from, the opening words' reactions and the reader's own reactions to its replies.
 */
const FOR_READING = prepared(
  `SELECT ${THREAD_COLUMNS}, b.scope, b.cohort_id, t.pinned_at IS NOT NULL AS pinned,
          t.view_version::text AS view_version,
          ARRAY(${separatedFromSql('$2')}) AS separated,
          (SELECT coalesce(json_agg(json_build_array(o.kind, o.count, o.mine)), '[]')
             FROM (SELECT kind, count(*)::int AS count, coalesce(bool_or(user_id = $2), false) AS mine
                     FROM thread_reactions WHERE thread_id = t.id GROUP BY kind) o) AS opening,
          (SELECT coalesce(json_agg(json_build_array(r.post_id, r.kind)), '[]')
             FROM post_reactions r JOIN posts p ON p.id = r.post_id
            WHERE r.user_id = $2 AND p.thread_id = t.id) AS mine
     FROM threads t JOIN boards b ON b.id = t.board_id JOIN users u ON u.id = t.author_id
    WHERE t.id = $1`,
);

interface ForReadingRow extends ThreadRow {
  scope: BoardScope;
  cohort_id: string | null;
  view_version: string;
  separated: string[];
  opening: [ReactionKind, number, boolean][];
  mine: [string, ReactionKind][];
}

/** A thread as its reader reads it, before access is decided (ThreadsRepository.forReading). */
export interface ThreadForReading {
  record: ThreadRecord;
  /** The thread as `view` gives it for `viewer` (threadView), once access is decided. */
  view: (viewer: Viewer) => ThreadView;
  /** The version the replies stand at (threads.view_version). */
  repliesVersion: string;
  /** Everyone the reader is separated from by a block, either way round. */
  separated: string[];
  /** The opening words' reactions, and whether the reader gave each. */
  opening: Map<ReactionKind, { count: number; mine: boolean }>;
  /** The reader's own reactions to the thread's replies, by reply. */
  mine: Map<string, Set<ReactionKind>>;
}

const MICROS_TO_TS = (param: number): string => `('epoch'::timestamptz + $${param}::bigint * interval '1 microsecond')`;

interface RecordRow {
  id: string;
  board_id: string;
  scope: BoardScope;
  cohort_id: string | null;
  author_id: string;
  title: string;
  body: string;
  content_warning: string | null;
  status: ContentStatus;
  locked: boolean;
}

function recordOf(r: RecordRow): ThreadRecord {
  return {
    id: r.id,
    boardId: r.board_id,
    scope: r.scope,
    cohortId: r.cohort_id,
    authorId: r.author_id,
    title: r.title,
    body: r.body,
    contentWarning: r.content_warning,
    status: r.status,
    locked: r.locked,
  };
}

export function threadView(row: ThreadRow, viewer: Viewer | null, pinned = row.pinned): ThreadView {
  const shown = showsContent(row.status, viewer, row.author_id);
  return {
    id: row.id,
    boardId: row.board_id,
    title: shown ? row.title : null,
    body: shown ? row.body : null,
    contentWarning: shown ? row.content_warning : null,
    status: row.status,
    pinned,
    locked: row.locked,
    author: shown ? authorView(row.author_id, row.display_name, row.author_status) : null,
    createdAt: row.created_at.toISOString(),
    editedAt: iso(row.edited_at),
    lastActivityAt: row.last_activity_at.toISOString(),
    replyCount: row.reply_count,
  };
}

export interface OwnWritingRow {
  kind: 'thread' | 'post';
  id: string;
  thread_id: string;
  thread_title: string;
  board_id: string;
  board_name: string;
  body: string;
  content_warning: string | null;
  status: ContentStatus;
  created_at: Date;
  edited_at: Date | null;
}

@Injectable()
export class ThreadsRepository {
  constructor(private readonly db: DataSource) {}

  /** The thread's opening words and who wrote them (the start of a crisis alert's context). */
  async opening(id: string): Promise<ThreadOpening | null> {
    const rows: ThreadOpening[] = await this.db.query(
      `SELECT t.id, t.author_id AS "authorId", u.display_name AS "authorName", u.status AS "authorStatus",
              t.title, t.body, t.content_warning AS "contentWarning", t.status, t.created_at AS "createdAt"
         FROM threads t JOIN users u ON u.id = t.author_id WHERE t.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  findRecord(id: string, tx?: Tx): Promise<ThreadRecord | null> {
    return this.record(id, this.on(tx), false);
  }

  /** The thread, locked against changes until `tx` ends (a reply cannot slip in after a lock). */
  lockRecord(id: string, tx: Tx): Promise<ThreadRecord | null> {
    return this.record(id, tx, true);
  }

  private async record(id: string, tx: Tx, lock: boolean): Promise<ThreadRecord | null> {
    const rows: RecordRow[] = await tx.query(
      `SELECT t.id, t.board_id, b.scope, b.cohort_id, t.author_id, t.title, t.body, t.content_warning, t.status,
              t.locked_at IS NOT NULL AS locked
         FROM threads t JOIN boards b ON b.id = t.board_id WHERE t.id = $1
         ${lock ? 'FOR NO KEY UPDATE OF t' : ''}`,
      [id],
    );
    return rows[0] ? recordOf(rows[0]) : null;
  }

  /** The thread and all its reader needs but the replies, in one statement (FOR_READING); null if none. */
  async forReading(id: string, readerId: string): Promise<ThreadForReading | null> {
    const rows: ForReadingRow[] = await this.db.query(FOR_READING, [id, readerId]);
    const row = rows[0];
    if (!row) {
      return null;
    }
    const mine = new Map<string, Set<ReactionKind>>();
    for (const [postId, kind] of row.mine) {
      mine.set(postId, (mine.get(postId) ?? new Set<ReactionKind>()).add(kind));
    }
    return {
      record: recordOf(row),
      view: (viewer) => threadView(row, viewer),
      repliesVersion: row.view_version,
      separated: row.separated,
      opening: new Map(row.opening.map(([kind, count, given]) => [kind, { count, mine: given }])),
      mine,
    };
  }

  async view(id: string, viewer: Viewer | null, tx?: Tx): Promise<ThreadView | null> {
    const rows: ThreadRow[] = await this.on(tx).query(
      `SELECT ${THREAD_COLUMNS}, t.pinned_at IS NOT NULL AS pinned
         FROM threads t JOIN users u ON u.id = t.author_id WHERE t.id = $1`,
      [id],
    );
    return rows[0] ? threadView(rows[0], viewer) : null;
  }

  /**
   * One page of a board's threads as they stood at the cursor's snapshot (see
   * thread-cursor.ts): pinned first, then by last activity, newest first.
   */
  async page(boardId: string, viewer: Viewer, cursor: ThreadCursor | null, limit: number): Promise<ThreadPageRow[]> {
    return this.db.query(
      `WITH snap AS (SELECT coalesce(${MICROS_TO_TS(2)}, clock_timestamp()) AS s),
       ranked AS (
         SELECT t.*, snap.s AS snapshot,
                (t.pinned_at IS NOT NULL AND t.pinned_at <= snap.s) AS pinned_then,
                CASE WHEN t.last_activity_at <= snap.s THEN t.last_activity_at
                     ELSE greatest(t.created_at, (SELECT max(p.created_at) FROM posts p
                                                   WHERE p.thread_id = t.id AND p.created_at <= snap.s))
                END AS activity_then
           FROM threads t, snap
          WHERE t.board_id = $1 AND t.created_at <= snap.s AND ${listableContentSql('t', 3, 4)}
       )
       SELECT ${THREAD_COLUMNS}, t.pinned_then AS pinned,
              (extract(epoch FROM t.activity_then) * 1000000)::bigint::text AS activity_key,
              (extract(epoch FROM t.snapshot) * 1000000)::bigint::text AS snapshot_key
         FROM ranked t JOIN users u ON u.id = t.author_id
        WHERE $5::bigint IS NULL
           OR (t.pinned_then::int, t.activity_then, t.id) < ($6::int, ${MICROS_TO_TS(5)}, $7::uuid)
        ORDER BY t.pinned_then DESC, t.activity_then DESC, t.id DESC
        LIMIT $8`,
      [
        boardId,
        cursor?.snapshot ?? null,
        viewer.seesAll,
        viewer.id,
        cursor?.activity ?? null,
        cursor ? Number(cursor.pinned) : 0,
        cursor?.id ?? null,
        limit,
      ],
    );
  }

  async insert(
    thread: {
      boardId: string;
      authorId: string;
      title: string;
      body: string;
      contentWarning: string | null;
      status: ContentStatus;
    },
    tx?: Tx,
  ): Promise<string> {
    const rows: { id: string }[] = await this.on(tx).query(
      `INSERT INTO threads (board_id, author_id, title, body, content_warning, status)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [thread.boardId, thread.authorId, thread.title, thread.body, thread.contentWarning, thread.status],
    );
    return rows[0].id;
  }

  /** A reply moves the thread up the list (never down: activity only grows). */
  async bump(id: string, at: Date, tx?: Tx): Promise<void> {
    await this.on(tx).query(`UPDATE threads SET last_activity_at = greatest(last_activity_at, $2) WHERE id = $1`, [
      id,
      at,
    ]);
  }

  async setFlags(id: string, flags: { pinned?: boolean; locked?: boolean }, tx?: Tx): Promise<void> {
    await this.on(tx).query(
      `UPDATE threads
          SET pinned_at = CASE WHEN $2::boolean IS NULL THEN pinned_at WHEN $2 THEN coalesce(pinned_at, now()) END,
              locked_at = CASE WHEN $3::boolean IS NULL THEN locked_at WHEN $3 THEN coalesce(locked_at, now()) END
        WHERE id = $1`,
      [id, flags.pinned ?? null, flags.locked ?? null],
    );
  }

  async setContent(
    id: string,
    content: { title: string; body: string; contentWarning: string | null },
    tx?: Tx,
  ): Promise<void> {
    await this.on(tx).query(
      `UPDATE threads SET title = $2, body = $3, content_warning = $4, edited_at = clock_timestamp() WHERE id = $1`,
      [id, content.title, content.body, content.contentWarning],
    );
  }

  /** Moderation: hide, approve, restore or remove (through ModerationTargets). */
  async setStatus(id: string, status: ContentStatus, tx?: Tx): Promise<void> {
    await this.on(tx).query(`UPDATE threads SET status = $2 WHERE id = $1`, [id, status]);
  }

  async setContentWarning(id: string, contentWarning: string, tx?: Tx): Promise<void> {
    await this.on(tx).query(`UPDATE threads SET content_warning = $2 WHERE id = $1`, [id, contentWarning]);
  }

  async remove(id: string, by: string, tx?: Tx): Promise<void> {
    await this.on(tx).query(`UPDATE threads SET status = 'removed', removed_by = $2 WHERE id = $1`, [id, by]);
  }

  async recordEdit(
    edit: {
      threadId: string;
      postId: string | null;
      editorId: string;
      previousTitle: string | null;
      previousBody: string;
      previousContentWarning: string | null;
    },
    tx?: Tx,
  ): Promise<void> {
    await this.on(tx).query(
      `INSERT INTO post_edits (thread_id, post_id, editor_id, previous_title, previous_body, previous_content_warning)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [edit.threadId, edit.postId, edit.editorId, edit.previousTitle, edit.previousBody, edit.previousContentWarning],
    );
  }

  /** Edit history of a thread's opening text (postId null) or of a post, oldest first. */
  async edits(threadId: string, postId: string | null): Promise<PostEditView[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT e.edited_at, e.editor_id, u.display_name, u.status AS editor_status, e.previous_title, e.previous_body,
              e.previous_content_warning
         FROM post_edits e LEFT JOIN users u ON u.id = e.editor_id
        WHERE e.thread_id = $1 AND e.post_id IS NOT DISTINCT FROM $2::uuid
        ORDER BY e.id`,
      [threadId, postId],
    );
    return rows.map((r) => ({
      editedAt: (r.edited_at as Date).toISOString(),
      editor: r.editor_id
        ? authorView(r.editor_id as string, r.display_name as string, r.editor_status as string)
        : null,
      previousTitle: r.previous_title as string | null,
      previousBody: r.previous_body as string,
      previousContentWarning: r.previous_content_warning as string | null,
    }));
  }

  /** The person's threads and their edits of threads and posts, for their export. */
  /** The person's own threads and posts, newest first, with where they are (for their read-only "my posts"). */
  async writingOf(userId: string, limit: number): Promise<OwnWritingRow[]> {
    return this.on(undefined).query(
      `SELECT * FROM (
         SELECT 'thread' AS kind, t.id, t.id AS thread_id, t.title AS thread_title, b.id AS board_id, b.name AS board_name,
                t.body, t.content_warning, t.status, t.created_at, t.edited_at
           FROM threads t JOIN boards b ON b.id = t.board_id
          WHERE t.author_id = $1
         UNION ALL
         SELECT 'post', p.id, t.id, t.title, b.id, b.name, p.body, p.content_warning, p.status, p.created_at, p.edited_at
           FROM posts p JOIN threads t ON t.id = p.thread_id JOIN boards b ON b.id = t.board_id
          WHERE p.author_id = $1
       ) w ORDER BY created_at DESC, id DESC LIMIT $2`,
      [userId, limit],
    );
  }

  async exportFor(userId: string, tx?: Tx): Promise<Record<string, unknown[]>> {
    return {
      threads: await this.on(tx).query(
        `SELECT t.id, b.name AS board, t.title, t.body, t.content_warning, t.status, t.created_at, t.edited_at
           FROM threads t JOIN boards b ON b.id = t.board_id WHERE t.author_id = $1 ORDER BY t.created_at`,
        [userId],
      ),
      edits: await this.on(tx).query(
        `SELECT thread_id, post_id, previous_title, previous_body, previous_content_warning, edited_at
           FROM post_edits WHERE editor_id = $1 ORDER BY edited_at`,
        [userId],
      ),
    };
  }

  /** Purges the person's threads and every earlier version of their words; replies to them stay. */
  async purgeFor(userId: string, tx: Tx): Promise<void> {
    await tx.query(
      `DELETE FROM post_edits WHERE editor_id = $1
          OR post_id IN (SELECT id FROM posts WHERE author_id = $1)
          OR (post_id IS NULL AND thread_id IN (SELECT id FROM threads WHERE author_id = $1))`,
      [userId],
    );
    await tx.query(
      `UPDATE threads SET title = $2, body = $2, content_warning = NULL, status = 'removed' WHERE author_id = $1`,
      [userId, PURGED],
    );
  }

  private on(tx: Tx | undefined): Tx {
    return tx ?? this.db.manager;
  }
}
