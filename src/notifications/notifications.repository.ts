import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { VisibleSpaces } from '../access/access.service';
import type { Tx } from '../database/transactions';
import type { NotificationKind, NotificationView } from '../contract';

interface Row {
  id: string;
  kind: NotificationKind;
  text: string | null;
  until: Date | null;
  link: string | null;
  actor_id: string | null;
  actor_name: string | null;
  actor_status: string | null;
  thread_id: string | null;
  post_id: string | null;
  thread_title: string | null;
  excerpt: string | null;
  created_at: Date;
  read_at: Date | null;
  content_visible: boolean;
  thread_visible: boolean;
}

/**
 * Notifications are shown only while their thread's board is still one the user
 * may read, and their words only while the content is still visible: a step-down
 * or a removal after the fact takes effect here too.
 */
const VISIBLE_NOW = `
  FROM notifications n
  LEFT JOIN users a ON a.id = n.actor_id
  LEFT JOIN threads t ON t.id = n.thread_id
  LEFT JOIN posts p ON p.id = n.post_id
  LEFT JOIN boards b ON b.id = t.board_id
 WHERE n.user_id = $1
   AND (t.id IS NULL OR (b.scope = 'cohort' AND ($2::uuid[] IS NULL OR b.cohort_id = ANY($2::uuid[])))
                     OR (b.scope <> 'cohort' AND b.scope = ANY($3::text[])))`;

@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: DataSource) {}

  /** Inserts mention notifications (once per person and post); returns the new ids. */
  async insertMentions(n: {
    userIds: string[];
    actorId: string;
    threadId: string;
    postId: string | null;
    excerpt: string;
  }): Promise<{ id: string; user_id: string }[]> {
    return this.db.query(
      `INSERT INTO notifications (user_id, kind, actor_id, thread_id, post_id, excerpt)
       SELECT u, 'mention', $2, $3, $4, $5 FROM unnest($1::uuid[]) AS u
       ON CONFLICT DO NOTHING RETURNING id, user_id`,
      [n.userIds, n.actorId, n.threadId, n.postId, n.excerpt],
    );
  }

  /**
   * A new answer in the person's care line, unless one they have not read is
   * already there (one is enough to bring them back); its id when inserted.
   */
  async insertCareAnswer(userId: string, text: string, link: string): Promise<string | null> {
    const rows = await this.db.query<{ id: string }[]>(
      `INSERT INTO notifications (user_id, kind, text, link)
       SELECT $1, 'care', $2, $3
        WHERE NOT EXISTS (SELECT 1 FROM notifications WHERE user_id = $1 AND kind = 'care' AND read_at IS NULL)
       RETURNING id`,
      [userId, text, link],
    );
    return rows[0]?.id ?? null;
  }

  /** A notice (a moderation outcome, a report handled, a step-down…); returns the new id. */
  async insertNotice(n: {
    userId: string;
    kind: Exclude<NotificationKind, 'mention'>;
    text: string;
    link: string | null;
    until?: string | null;
  }): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO notifications (user_id, kind, text, link, until) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [n.userId, n.kind, n.text.slice(0, 1200), n.link, n.until ?? null],
    );
    return row.id;
  }

  async list(userId: string, spaces: VisibleSpaces, limit: number, onlyId?: string): Promise<NotificationView[]> {
    const rows: Row[] = await this.db.query(
      `SELECT n.id, n.kind, n.actor_id, a.display_name AS actor_name, a.status AS actor_status, n.thread_id, n.post_id,
              t.title AS thread_title, n.excerpt, n.text, n.link, n.until, n.created_at, n.read_at,
              (t.id IS NULL OR t.status = 'visible') AND (n.post_id IS NULL OR p.status = 'visible') AS content_visible,
              coalesce(t.status = 'visible', false) AS thread_visible
       ${VISIBLE_NOW} AND ($5::uuid IS NULL OR n.id = $5::uuid)
        ORDER BY n.created_at DESC, n.id DESC LIMIT $4`,
      [userId, ...spaceParams(spaces), limit, onlyId ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      actor: r.actor_id
        ? { id: r.actor_id, displayName: r.actor_status === 'deleted' ? 'Former member' : (r.actor_name ?? '') }
        : null,
      threadId: r.thread_id,
      postId: r.post_id,
      threadTitle: r.thread_visible ? r.thread_title : null,
      excerpt: r.content_visible ? r.excerpt : null,
      text: r.text,
      link: r.link,
      until: r.until?.toISOString() ?? null,
      createdAt: r.created_at.toISOString(),
      read: r.read_at !== null,
    }));
  }

  async unreadCount(userId: string, spaces: VisibleSpaces): Promise<number> {
    const rows: { count: number }[] = await this.db.query(
      `SELECT count(*)::int AS count ${VISIBLE_NOW} AND n.read_at IS NULL`,
      [userId, ...spaceParams(spaces)],
    );
    return rows[0].count;
  }

  async markRead(userId: string, ids: string[] | undefined): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [userId, ids ?? null],
    );
  }

  async exportFor(userId: string, tx?: Tx): Promise<Record<string, unknown[]>> {
    return {
      notifications: await (tx ?? this.db.manager).query(
        `SELECT kind, thread_id, post_id, excerpt, text, until, created_at, read_at FROM notifications
          WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      ),
    };
  }

  async eraseFor(userId: string, tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM notifications WHERE user_id = $1`, [userId]);
  }
}

function spaceParams(spaces: VisibleSpaces): [string[] | null, string[]] {
  return [spaces.cohortIds === 'all' ? null : spaces.cohortIds, spaces.kinds.filter((k) => k !== 'cohort')];
}
