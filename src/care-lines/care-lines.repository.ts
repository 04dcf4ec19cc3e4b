import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';
import { careRelationSql } from '../care/care-lines.sql';
import type { CohortRelation } from '../access/policy';
import type { Role } from '../contract';

export interface CareLineRow {
  room_id: string;
  member_id: string;
  member_name: string;
  waiting_since: Date | null;
  due_at: Date | null;
  escalated_at: Date | null;
}

export interface CareContextRow {
  id: string;
  alert_id: string | null;
  review_item_id: string | null;
  about_at: Date | null;
  after_seq: string;
  created_at: Date;
  opened_by: string | null;
  opener_name: string | null;
  opener_role: Role | null;
}

export interface NewCareContext {
  roomId: string;
  openedBy: string;
  alertId: string | null;
  reviewItemId: string | null;
  aboutAt: Date | null;
}

const LINE = `SELECT cl.room_id, cl.member_id, u.display_name AS member_name, cl.waiting_since, cl.due_at, cl.escalated_at
  FROM care_lines cl JOIN users u ON u.id = cl.member_id`;

/**
 * SQL: when line `cl` started waiting, from its messages: the first message of
 * its member after the last message of anyone else (staff), or null. A staff
 * read does not stop the clock; only a staff message does.
 */
const WAITING_SINCE = `(SELECT min(m.created_at) FROM messages m
    WHERE m.room_id = cl.room_id AND m.author_id = cl.member_id
      AND m.seq > coalesce((SELECT max(s.seq) FROM messages s WHERE s.room_id = cl.room_id AND s.author_id <> cl.member_id), 0))`;

/** The care lines (one per member), their waiting clock and the contexts staff opened them from. */
@Injectable()
export class CareLinesRepository {
  constructor(private readonly transactions: Transactions) {}

  async byMember(memberId: string, tx?: Tx): Promise<CareLineRow | null> {
    const rows: CareLineRow[] = await this.on(tx).query(`${LINE} WHERE cl.member_id = $1`, [memberId]);
    return rows[0] ?? null;
  }

  async byRoom(roomId: string, tx?: Tx): Promise<CareLineRow | null> {
    const rows: CareLineRow[] = await this.on(tx).query(`${LINE} WHERE cl.room_id = $1`, [roomId]);
    return rows[0] ?? null;
  }

  /** The member's line's id, or null; rooms that are no line answer null. Cheap: asked once per room and cached. */
  async memberOfRoom(roomId: string): Promise<string | null> {
    const rows: { member_id: string }[] = await this.on(undefined).query(
      `SELECT member_id FROM care_lines WHERE room_id = $1`,
      [roomId],
    );
    return rows[0]?.member_id ?? null;
  }

  /** Serialises opening a member's line (two first messages at once open one line). */
  async lockMember(memberId: string, tx: Tx): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('care_line:' || $1))`, [memberId]);
  }

  async insert(line: { roomId: string; memberId: string; openedBy: string }, tx: Tx): Promise<void> {
    await tx.query(`INSERT INTO care_lines (room_id, member_id, opened_by) VALUES ($1, $2, $3)`, [
      line.roomId,
      line.memberId,
      line.openedBy,
    ]);
  }

  async addContext(context: NewCareContext, tx: Tx): Promise<void> {
    await tx.query(
      `INSERT INTO care_line_contexts (room_id, opened_by, alert_id, review_item_id, about_at, after_seq)
       SELECT $1, $2, $3, $4, $5, r.last_seq FROM rooms r WHERE r.id = $1`,
      [context.roomId, context.openedBy, context.alertId, context.reviewItemId, context.aboutAt],
    );
  }

  contexts(roomId: string, tx?: Tx): Promise<CareContextRow[]> {
    return this.on(tx).query(
      `SELECT x.id, x.alert_id, x.review_item_id, x.about_at, x.after_seq, x.created_at, x.opened_by,
              u.display_name AS opener_name, u.role AS opener_role
         FROM care_line_contexts x LEFT JOIN users u ON u.id = x.opened_by
        WHERE x.room_id = $1 ORDER BY x.created_at LIMIT 100`,
      [roomId],
    );
  }

  /** The person (for opening their line): id, name, role and whether the account is live. */
  async person(id: string, tx?: Tx): Promise<{ id: string; display_name: string; role: Role; status: string } | null> {
    const rows: { id: string; display_name: string; role: Role; status: string }[] = await this.on(tx).query(
      `SELECT id, display_name, role, status FROM users WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Who a crisis alert or review item is about, and when their words were written (the context's date). */
  async alertAbout(alertId: string, tx?: Tx): Promise<{ author_id: string | null; at: Date } | null> {
    const rows: { author_id: string | null; at: Date }[] = await this.on(tx).query(
      `SELECT a.author_id, coalesce(m.created_at, a.created_at) AS at
         FROM crisis_alerts a LEFT JOIN messages m ON a.target_type = 'message' AND m.id = a.target_id
        WHERE a.id = $1`,
      [alertId],
    );
    return rows[0] ?? null;
  }

  async reviewItemAbout(itemId: string, tx?: Tx): Promise<{ author_id: string | null; at: Date } | null> {
    const rows: { author_id: string | null; at: Date }[] = await this.on(tx).query(
      `SELECT i.author_id, coalesce(m.created_at, i.created_at) AS at
         FROM review_items i LEFT JOIN messages m ON i.target_type = 'message' AND m.id = i.target_id
        WHERE i.id = $1`,
      [itemId],
    );
    return rows[0] ?? null;
  }

  /**
   * Brings the waiting clock of one line (or, with null, of every line: the catch-up
   * at boot) in line with its messages. A line that starts waiting is due
   * `answerMinutes` later and is no longer escalated; one answered stops waiting
   * (an escalation stays recorded until the next waiting period). Answers the lines
   * that changed, as they are now.
   */
  async refreshWaiting(roomId: string | null, answerMinutes: number, tx?: Tx): Promise<CareLineRow[]> {
    return this.on(tx).query(
      `WITH w AS (SELECT cl.room_id, ${WAITING_SINCE} AS since FROM care_lines cl
                   WHERE $1::uuid IS NULL OR cl.room_id = $1),
            changed AS (
              UPDATE care_lines cl
                 SET waiting_since = w.since,
                     due_at = CASE WHEN w.since IS NULL THEN NULL ELSE w.since + make_interval(mins => $2) END,
                     escalated_at = CASE WHEN w.since IS NULL THEN cl.escalated_at ELSE NULL END
                FROM w
               WHERE cl.room_id = w.room_id AND cl.waiting_since IS DISTINCT FROM w.since
              RETURNING cl.*)
       SELECT c.room_id, c.member_id, u.display_name AS member_name, c.waiting_since, c.due_at, c.escalated_at
         FROM changed c JOIN users u ON u.id = c.member_id`,
      [roomId, answerMinutes],
    );
  }

  /** Marks the lines whose answer time has passed as escalated; answers them (each once, whichever node asks). */
  async escalateDue(tx?: Tx): Promise<CareLineRow[]> {
    return this.on(tx).query(
      `WITH due AS (
         UPDATE care_lines SET escalated_at = now()
          WHERE due_at <= now() AND escalated_at IS NULL AND waiting_since IS NOT NULL
          RETURNING *)
       SELECT d.room_id, d.member_id, u.display_name AS member_name, d.waiting_since, d.due_at, d.escalated_at
         FROM due d JOIN users u ON u.id = d.member_id`,
    );
  }

  /** Waiting lines with the viewer's relation to each (the policy decides), oldest first. */
  waiting(viewerId: string, limit: number, tx?: Tx): Promise<(CareLineRow & { relation: CohortRelation })[]> {
    return this.on(tx).query(
      `SELECT * FROM (
         ${LINE.replace('SELECT ', `SELECT ${careRelationSql('cl.room_id', '$1')} AS relation, `)}
          WHERE cl.waiting_since IS NOT NULL) x
        WHERE x.relation <> 'none'
        ORDER BY x.waiting_since, x.room_id LIMIT $2`,
      [viewerId, limit],
    );
  }

  /** Which of these staff are on duty now. */
  async onDuty(ids: string[], tx?: Tx): Promise<string[]> {
    const rows: { id: string }[] = await this.on(tx).query(
      `SELECT id FROM users WHERE id = ANY($1::uuid[]) AND status = 'active' AND on_duty`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  /** Moderators on duty now (an escalated line reaches them). */
  async onDutyModerators(tx?: Tx): Promise<string[]> {
    const rows: { id: string }[] = await this.on(tx).query(
      `SELECT id FROM users WHERE role = 'moderator' AND status = 'active' AND on_duty`,
    );
    return rows.map((r) => r.id);
  }

  /** The member's line, both sides (their words and their care team's answers), for their export. */
  async exportFor(userId: string, tx?: Tx): Promise<Record<string, unknown[]>> {
    return {
      careLine: await this.on(tx).query(
        `SELECT m.seq, m.created_at, m.edited_at, m.status,
                CASE WHEN m.author_id = $1 THEN 'you' ELSE u.display_name END AS author,
                CASE WHEN m.author_id = $1 THEN NULL ELSE u.role END AS author_role,
                CASE WHEN m.author_id = $1 OR m.status = 'visible' THEN m.body END AS body
           FROM care_lines cl JOIN messages m ON m.room_id = cl.room_id JOIN users u ON u.id = m.author_id
          WHERE cl.member_id = $1 ORDER BY m.seq`,
        [userId],
      ),
    };
  }

  /** A deleted account's line stops waiting: there is nobody left to answer. The line stays, as "former member". */
  async eraseFor(userId: string, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE care_lines SET waiting_since = NULL, due_at = NULL, escalated_at = NULL WHERE member_id = $1`,
      [userId],
    );
  }

  private on(tx: Tx | undefined): Tx {
    return tx ?? this.transactions.outside;
  }
}
