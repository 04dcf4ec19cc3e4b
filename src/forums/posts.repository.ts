import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PURGED } from '../common/purged';
import { prepared } from '../database/prepared';
import type { Tx } from '../database/transactions';
import type { Viewer } from './forums.views';
import { authorView, reactionViews, showsContent } from './forums.views';
import type { BoardScope, ContentStatus, PostView, ReactionKind } from '../contract';

export interface PostRecord {
  id: string;
  threadId: string;
  boardId: string;
  scope: BoardScope;
  cohortId: string | null;
  threadStatus: ContentStatus;
  threadAuthorId: string;
  threadLocked: boolean;
  authorId: string;
  body: string;
  contentWarning: string | null;
  status: ContentStatus;
  depth: number;
}

/** A post around a crisis alert's words (see `around`). */
export interface ContextPostRow {
  id: string;
  author_id: string;
  display_name: string;
  author_status: string;
  body: string;
  content_warning: string | null;
  status: ContentStatus;
  created_at: Date;
  is_target: boolean;
  /** How many visible posts come before the target in its thread. */
  visible_before: number;
}

export interface PostRow {
  id: string;
  thread_id: string;
  parent_id: string | null;
  depth: number;
  author_id: string;
  display_name: string;
  author_status: string;
  body: string;
  content_warning: string | null;
  status: ContentStatus;
  /** ISO 8601 in UTC with milliseconds, as Date.toISOString writes it (rendered by PostgreSQL). */
  created_at: string;
  edited_at: string | null;
}

type ReactionCounts = Map<string, Map<ReactionKind, { count: number; mine: boolean }>>;

/** A timestamp as Date.toISOString() writes it (both truncate to the millisecond). */
const isoText = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

// Times come as text ready for the view: a 500-reply thread read parsed 1,000 timestamps
// into Dates only to write them back out as ISO strings.
const POST_COLUMNS = `p.id, p.thread_id, p.parent_id, p.depth, p.author_id, u.display_name,
  u.status AS author_status, p.body, p.content_warning, p.status,
  ${isoText('p.created_at')} AS created_at, ${isoText('p.edited_at')} AS edited_at`;

const POST_REACTIONS = `SELECT r.post_id, r.kind, count(*)::int AS count,
         coalesce(bool_or(r.user_id = $2::uuid), false) AS mine
    FROM post_reactions r WHERE r.post_id = $1
   GROUP BY r.post_id, r.kind`;
const THREAD_REACTIONS = prepared(
  `SELECT kind, count(*)::int AS count, coalesce(bool_or(user_id = $2::uuid), false) AS mine
     FROM thread_reactions WHERE thread_id = $1 GROUP BY kind`,
);

/**
 * A thread's replies as they stood at one version of the thread (threads.view_version), read in one
 * statement so the rows, the reaction counts and the version are one snapshot.
 */
export interface ThreadReplies {
  version: string;
  /** Every post in tree order. */
  rows: PostRow[];
  /** Reaction counts per post and kind (no one's own reactions). */
  counts: Map<string, Map<ReactionKind, number>>;
}

const THREAD_REPLIES = prepared(
  `SELECT v.view_version::text AS version, p.*
     FROM (SELECT view_version FROM threads WHERE id = $1) v
     LEFT JOIN LATERAL (
       SELECT ${POST_COLUMNS}, p.path, rc.kinds, rc.counts
         FROM posts p JOIN users u ON u.id = p.author_id
         LEFT JOIN (SELECT post_id, array_agg(kind) AS kinds, array_agg(n) AS counts
                      FROM (SELECT r.post_id, r.kind, count(*)::int AS n
                              FROM post_reactions r JOIN posts rp ON rp.id = r.post_id
                             WHERE rp.thread_id = $1 GROUP BY r.post_id, r.kind) k
                     GROUP BY post_id) rc ON rc.post_id = p.id
        WHERE p.thread_id = $1) p ON true
    ORDER BY p.path`,
);

/** `viewer` null: the one payload broadcast to every watcher (no reactedByMe, public fields only). */
export function postView(row: PostRow, viewer: Viewer | null, reactions: ReactionCounts): PostView {
  const shown = showsContent(row.status, viewer, row.author_id);
  return {
    id: row.id,
    threadId: row.thread_id,
    parentId: row.parent_id,
    depth: row.depth,
    author: shown ? authorView(row.author_id, row.display_name, row.author_status) : null,
    body: shown ? row.body : null,
    contentWarning: shown ? row.content_warning : null,
    status: row.status,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    reactions: reactionViews(reactions.get(row.id), viewer !== null),
  };
}

@Injectable()
export class PostsRepository {
  constructor(private readonly db: DataSource) {}

  /** The thread's replies with their version (see ThreadReplies); null when the thread is gone. */
  async threadReplies(threadId: string): Promise<ThreadReplies | null> {
    const found: (PostRow & {
      version: string;
      path: unknown;
      kinds: ReactionKind[] | null;
      counts: number[] | null;
    })[] = await this.db.query(THREAD_REPLIES, [threadId]);
    if (found.length === 0) {
      return null;
    }
    const rows: PostRow[] = [];
    const counts = new Map<string, Map<ReactionKind, number>>();
    for (const r of found) {
      if (r.id === null) {
        continue; // a thread without replies
      }
      rows.push({
        id: r.id,
        thread_id: r.thread_id,
        parent_id: r.parent_id,
        depth: r.depth,
        author_id: r.author_id,
        display_name: r.display_name,
        author_status: r.author_status,
        body: r.body,
        content_warning: r.content_warning,
        status: r.status,
        created_at: r.created_at,
        edited_at: r.edited_at,
      });
      if (r.kinds && r.counts) {
        const numbers = r.counts;
        counts.set(r.id, new Map(r.kinds.map((kind, i) => [kind, numbers[i]])));
      }
    }
    return { version: found[0].version, rows, counts };
  }

  async row(id: string, tx?: Tx): Promise<PostRow | null> {
    const rows: PostRow[] = await this.on(tx).query(
      `SELECT ${POST_COLUMNS} FROM posts p JOIN users u ON u.id = p.author_id WHERE p.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** A post's reaction counts per kind, and whether `viewerId` gave each. */
  async reactions(postId: string, viewerId: string | null): Promise<ReactionCounts> {
    const rows: { post_id: string; kind: ReactionKind; count: number; mine: boolean }[] = await this.db.query(
      POST_REACTIONS,
      [postId, viewerId],
    );
    const counts: ReactionCounts = new Map();
    for (const r of rows) {
      const forPost = counts.get(r.post_id) ?? new Map<ReactionKind, { count: number; mine: boolean }>();
      forPost.set(r.kind, { count: r.count, mine: r.mine });
      counts.set(r.post_id, forPost);
    }
    return counts;
  }

  /**
   * The post (none for `postId` null) and the `around` visible posts before and
   * after it in its thread, oldest first (hidden, held and removed ones left
   * out): what staff read around a crisis alert's words.
   */
  async around(threadId: string, postId: string | null, around: number): Promise<ContextPostRow[]> {
    return this.db.query(
      `WITH t AS (SELECT seq FROM posts WHERE id = $2::uuid),
            picked AS (
              (SELECT p.id FROM posts p
                WHERE p.thread_id = $1 AND p.status = 'visible' AND p.seq < (SELECT seq FROM t)
                ORDER BY p.seq DESC LIMIT $3)
              UNION ALL
              (SELECT p.id FROM posts p WHERE p.id = $2::uuid)
              UNION ALL
              (SELECT p.id FROM posts p
                WHERE p.thread_id = $1 AND p.status = 'visible' AND ($2::uuid IS NULL OR p.seq > (SELECT seq FROM t))
                ORDER BY p.seq ASC LIMIT $3))
       SELECT p.id, p.author_id, u.display_name, u.status AS author_status, p.body, p.content_warning,
              p.status, p.created_at, p.id = $2::uuid AS is_target,
              (SELECT count(*)::int FROM posts b
                WHERE b.thread_id = $1 AND b.status = 'visible' AND b.seq < (SELECT seq FROM t)) AS visible_before
         FROM picked x JOIN posts p ON p.id = x.id JOIN users u ON u.id = p.author_id
        ORDER BY p.seq`,
      [threadId, postId, around],
    );
  }

  findRecord(id: string, tx?: Tx): Promise<PostRecord | null> {
    return this.record(id, this.on(tx), false);
  }

  /** The post, locked against changes until `tx` ends (an edit reads, checks and writes it as one). */
  lockRecord(id: string, tx: Tx): Promise<PostRecord | null> {
    return this.record(id, tx, true);
  }

  private async record(id: string, tx: Tx, lock: boolean): Promise<PostRecord | null> {
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT p.id, p.thread_id, t.board_id, b.scope, b.cohort_id, t.status AS thread_status,
              t.author_id AS thread_author_id, t.locked_at IS NOT NULL AS thread_locked,
              p.author_id, p.body, p.content_warning, p.status, p.depth
         FROM posts p JOIN threads t ON t.id = p.thread_id JOIN boards b ON b.id = t.board_id
        WHERE p.id = $1 ${lock ? 'FOR NO KEY UPDATE OF p' : ''}`,
      [id],
    );
    const r = rows[0];
    if (!r) {
      return null;
    }
    return {
      id: r.id as string,
      threadId: r.thread_id as string,
      boardId: r.board_id as string,
      scope: r.scope as BoardScope,
      cohortId: r.cohort_id as string | null,
      threadStatus: r.thread_status as ContentStatus,
      threadAuthorId: r.thread_author_id as string,
      threadLocked: r.thread_locked as boolean,
      authorId: r.author_id as string,
      body: r.body as string,
      contentWarning: r.content_warning as string | null,
      status: r.status as ContentStatus,
      depth: r.depth as number,
    };
  }

  /** Inserts a reply; its path extends its parent's (which must be in the same thread). */
  async insert(
    post: {
      threadId: string;
      parentId: string | null;
      authorId: string;
      body: string;
      contentWarning: string | null;
      status: ContentStatus;
    },
    tx?: Tx,
  ): Promise<{ id: string; createdAt: Date }> {
    const rows: { id: string; created_at: Date }[] = await this.on(tx).query(
      `WITH s AS (SELECT nextval('posts_seq') AS seq),
            parent AS (SELECT path FROM posts WHERE id = $2::uuid AND thread_id = $1)
       INSERT INTO posts (thread_id, parent_id, author_id, body, content_warning, status, seq, path, depth)
       SELECT $1, $2::uuid, $3, $4, $5, $6, s.seq,
              coalesce((SELECT path FROM parent), '{}') || s.seq,
              coalesce(cardinality((SELECT path FROM parent)), 0)
         FROM s
        WHERE $2::uuid IS NULL OR EXISTS (SELECT 1 FROM parent)
       RETURNING id, created_at`,
      [post.threadId, post.parentId, post.authorId, post.body, post.contentWarning, post.status],
    );
    if (!rows[0]) {
      throw new Error('parent post is not in this thread');
    }
    return { id: rows[0].id, createdAt: rows[0].created_at };
  }

  async setContent(id: string, content: { body: string; contentWarning: string | null }, tx?: Tx): Promise<void> {
    await this.on(tx).query(
      `UPDATE posts SET body = $2, content_warning = $3, edited_at = clock_timestamp() WHERE id = $1`,
      [id, content.body, content.contentWarning],
    );
  }

  /** Moderation: hide, approve, restore or remove (through ModerationTargets). */
  async setStatus(id: string, status: ContentStatus, tx?: Tx): Promise<void> {
    await this.on(tx).query(`UPDATE posts SET status = $2 WHERE id = $1`, [id, status]);
  }

  async setContentWarning(id: string, contentWarning: string, tx?: Tx): Promise<void> {
    await this.on(tx).query(`UPDATE posts SET content_warning = $2 WHERE id = $1`, [id, contentWarning]);
  }

  async remove(id: string, by: string, tx?: Tx): Promise<void> {
    await this.on(tx).query(`UPDATE posts SET status = 'removed', removed_by = $2 WHERE id = $1`, [id, by]);
  }

  /** Reaction counts on a thread's opening words, and whether `viewerId` gave each. */
  async threadReactions(
    threadId: string,
    viewerId: string | null,
  ): Promise<Map<ReactionKind, { count: number; mine: boolean }>> {
    const rows: { kind: ReactionKind; count: number; mine: boolean }[] = await this.db.query(THREAD_REACTIONS, [
      threadId,
      viewerId,
    ]);
    return new Map(rows.map((r) => [r.kind, { count: r.count, mine: r.mine }]));
  }

  /** Idempotent: true when the reaction to the opening words is new. */
  async reactToThread(threadId: string, userId: string, kind: ReactionKind): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO thread_reactions (thread_id, user_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
      [threadId, userId, kind],
    );
    return rows.length > 0;
  }

  /** Idempotent. */
  async unreactThread(threadId: string, userId: string, kind: ReactionKind): Promise<void> {
    await this.db.query(`DELETE FROM thread_reactions WHERE thread_id = $1 AND user_id = $2 AND kind = $3`, [
      threadId,
      userId,
      kind,
    ]);
  }

  /** Idempotent: true when the reaction is new. */
  async react(postId: string, userId: string, kind: ReactionKind): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO post_reactions (post_id, user_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
      [postId, userId, kind],
    );
    return rows.length > 0;
  }

  /** Idempotent: true when a reaction was taken back. */
  async unreact(postId: string, userId: string, kind: ReactionKind): Promise<boolean> {
    const [, count] = await this.db.query<[unknown, number]>(
      `DELETE FROM post_reactions WHERE post_id = $1 AND user_id = $2 AND kind = $3`,
      [postId, userId, kind],
    );
    return count > 0;
  }

  /** The person's posts and reactions, for their export. */
  async exportFor(userId: string, tx?: Tx): Promise<Record<string, unknown[]>> {
    return {
      posts: await this.on(tx).query(
        `SELECT id, thread_id, parent_id, body, content_warning, status, created_at, edited_at
           FROM posts WHERE author_id = $1 ORDER BY created_at`,
        [userId],
      ),
      reactions: await this.on(tx).query(
        `SELECT post_id, kind, created_at FROM post_reactions WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      ),
      threadReactions: await this.on(tx).query(
        `SELECT thread_id, kind, created_at FROM thread_reactions WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      ),
    };
  }

  async eraseFor(userId: string, tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM post_reactions WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM thread_reactions WHERE user_id = $1`, [userId]);
  }

  /** Purges the person's posts; they keep their places in the tree. */
  async purgeFor(userId: string, tx: Tx): Promise<void> {
    await tx.query(`UPDATE posts SET body = $2, content_warning = NULL, status = 'removed' WHERE author_id = $1`, [
      userId,
      PURGED,
    ]);
  }

  private on(tx: Tx | undefined): Tx {
    return tx ?? this.db.manager;
  }
}
