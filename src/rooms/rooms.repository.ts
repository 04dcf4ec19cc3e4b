import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { prepared } from '../database/prepared';
import type { Tx } from '../database/transactions';
import type { CohortRelation } from '../access/policy';
import type { VisibleSpaces } from '../access/access.service';
import { separatedFromSql } from '../blocks/blocks.repository';
import { activeMuteSql } from '../sanctions/sanctions.repository';
import type { ActiveMute } from '../sanctions/sanctions.repository';
import { careCohortSql, careRelationSql } from '../care/care-lines.sql';
import type { RoomKind } from '../contract';

export interface RoomRecord {
  id: string;
  kind: RoomKind;
  name: string;
  cohortName: string | null;
  cohortId: string | null;
  lastSeq: number;
  slowModeSeconds: number;
  /** The caller's relation to the room's cohort ('none' outside cohort rooms). */
  relation: CohortRelation;
}

/** What a send checks before storing: the room and membership, a mute, an earlier send with this clientMsgId, blocks. */
export interface SendContext {
  room: RoomRecord | null;
  /** The author's account now: a socket opened before a suspension or ban must not send after it. */
  account: { status: string; until: Date | null };
  mute: ActiveMute | null;
  /** The author's message with this clientMsgId, if they sent it before. */
  existingId: string | null;
  /** People separated from the author by a block (either way round): they do not get the broadcast. */
  separated: string[];
}

export interface RoomListRow {
  id: string;
  kind: RoomKind;
  name: string;
  cohort_name: string | null;
  cohort_id: string | null;
  last_seq: string;
  slow_mode_seconds: number;
  last_read_seq: string | null;
  unread: number;
  /** For a care line, the caller's relation to it (careRelationSql); null for other rooms. */
  care_relation: CohortRelation | null;
}

/** Unread counting stops here: the badge shows "99+" beyond it, and the count stays cheap. */
export const UNREAD_CAP = 100;

/**
 * A room with a person's current membership of its cohort (either given as SQL: a parameter or a column).
 * A care line has no cohort of its own: its cohort is the member's (where alerts about it go), and the
 * relation is the person's to the line (careRelationSql).
 */
export const roomForUserSql = (room: string, user: string): string =>
  `SELECT r.id, r.kind, r.name, c.name AS cohort_name,
          CASE WHEN r.kind = 'care' THEN ${careCohortSql('r.id')} ELSE r.cohort_id END AS cohort_id,
          r.last_seq, r.slow_mode_seconds,
          CASE WHEN r.kind = 'care' THEN ${careRelationSql('r.id', user)} ELSE m.kind END AS relation
     FROM rooms r
     LEFT JOIN cohorts c ON c.id = r.cohort_id
     LEFT JOIN cohort_memberships m ON m.cohort_id = r.cohort_id AND m.user_id = ${user} AND m.left_at IS NULL
    WHERE r.id = ${room}`;

const ROOM_FOR_USER = prepared(roomForUserSql('$1', '$2'));

// Planning this one cost ten times more than running it; prepared, a send's checks take 0.07 ms of PostgreSQL.
const SEND_CONTEXT = prepared(
  `SELECT (SELECT row_to_json(x) FROM (${ROOM_FOR_USER}) x) AS room,
          (SELECT row_to_json(a) FROM (SELECT status, status_until FROM users WHERE id = $2) a) AS account,
          (SELECT row_to_json(y) FROM (${activeMuteSql('$2')}) y) AS mute,
          (SELECT id FROM messages WHERE author_id = $2 AND client_msg_id = $3) AS existing_id,
          ARRAY(${separatedFromSql('$2')}) AS separated`,
);

export interface RoomRow {
  id: string;
  kind: RoomKind;
  name: string;
  cohort_name: string | null;
  cohort_id: string | null;
  last_seq: string | number;
  slow_mode_seconds: number;
  relation: CohortRelation | null;
}

export function roomRecord(row: RoomRow): RoomRecord {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    cohortName: row.cohort_name,
    cohortId: row.cohort_id,
    lastSeq: Number(row.last_seq),
    slowModeSeconds: row.slow_mode_seconds,
    relation: row.relation ?? 'none',
  };
}

@Injectable()
export class RoomsRepository {
  constructor(private readonly db: DataSource) {}

  /** The room with the caller's relation to its cohort, in one query (every send asks this). */
  async findForUser(roomId: string, userId: string, tx?: Tx): Promise<RoomRecord | null> {
    const rows: RoomRow[] = await this.on(tx).query(ROOM_FOR_USER, [roomId, userId]);
    return rows[0] ? roomRecord(rows[0]) : null;
  }

  /** The room's kind, or null when there is no such room (no access decision: callers decide after). */
  async kindOf(roomId: string, tx?: Tx): Promise<RoomKind | null> {
    const rows: { kind: RoomKind }[] = await this.on(tx).query(`SELECT kind FROM rooms WHERE id = $1`, [roomId]);
    return rows[0]?.kind ?? null;
  }

  /** One round trip for every check a chat send makes before screening (sends are the hot path). */
  async sendContext(roomId: string, userId: string, clientMsgId: string, tx?: Tx): Promise<SendContext> {
    const rows: {
      room: RoomRow | null;
      account: { status: string; status_until: string | null } | null;
      mute: { reason: string; ends_at: string } | null;
      existing_id: string | null;
      separated: string[] | null;
    }[] = await this.on(tx).query(SEND_CONTEXT, [roomId, userId, clientMsgId]);
    const row = rows[0];
    return {
      room: row.room ? roomRecord(row.room) : null,
      account: {
        status: row.account?.status ?? 'deleted',
        until: row.account?.status_until ? new Date(row.account.status_until) : null,
      },
      mute: row.mute ? { reason: row.mute.reason, ends_at: new Date(row.mute.ends_at) } : null,
      existingId: row.existing_id,
      separated: row.separated ?? [],
    };
  }

  /**
   * Rooms in the spaces the caller may read, with their unread counts; the filter is in the query.
   * Care lines come with the caller's relation to each, for the policy to decide on (RoomsService).
   */
  list(userId: string, spaces: VisibleSpaces, tx?: Tx): Promise<RoomListRow[]> {
    const kinds = spaces.kinds.filter((k) => k !== 'cohort');
    const cohortIds = spaces.cohortIds === 'all' ? null : spaces.cohortIds;
    return this.on(tx).query(
      `SELECT r.id, r.kind, r.name, c.name AS cohort_name, r.cohort_id, r.last_seq, r.slow_mode_seconds, rr.last_read_seq,
              (SELECT count(*)::int FROM (
                 SELECT 1 FROM messages m
                  WHERE m.room_id = r.id AND m.seq > coalesce(rr.last_read_seq, 0)
                    AND m.status = 'visible' AND m.author_id <> $1
                  LIMIT ${UNREAD_CAP}) unread) AS unread,
              CASE WHEN r.kind = 'care' THEN ${careRelationSql('r.id', '$1')} END AS care_relation
         FROM rooms r
         LEFT JOIN cohorts c ON c.id = r.cohort_id
         LEFT JOIN room_reads rr ON rr.room_id = r.id AND rr.user_id = $1
        WHERE (r.kind = 'cohort' AND ($2::uuid[] IS NULL OR r.cohort_id = ANY($2)))
           OR r.kind = ANY($3::text[])
           OR (r.kind = 'care' AND ${careRelationSql('r.id', '$1')} <> 'none')
        ORDER BY CASE r.kind WHEN 'cohort' THEN 0 WHEN 'alumni' THEN 1 WHEN 'care' THEN 3 ELSE 2 END, c.name, r.name`,
      [userId, cohortIds, kinds],
    );
  }

  async setSlowMode(roomId: string, seconds: number, tx?: Tx): Promise<void> {
    await this.on(tx).query(`UPDATE rooms SET slow_mode_seconds = $2 WHERE id = $1`, [roomId, seconds]);
  }

  /** Moves the read marker forward only (a late, older marker never undoes a newer one). */
  async markRead(userId: string, roomId: string, seq: number, tx?: Tx): Promise<void> {
    await this.on(tx).query(
      `INSERT INTO room_reads (user_id, room_id, last_read_seq) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, room_id) DO UPDATE
         SET last_read_seq = GREATEST(room_reads.last_read_seq, EXCLUDED.last_read_seq), updated_at = now()
         WHERE room_reads.last_read_seq < EXCLUDED.last_read_seq`,
      [userId, roomId, seq],
    );
  }

  async lastRead(userId: string, roomId: string, tx?: Tx): Promise<number> {
    const rows: { last_read_seq: string }[] = await this.on(tx).query(
      `SELECT last_read_seq FROM room_reads WHERE user_id = $1 AND room_id = $2`,
      [userId, roomId],
    );
    return rows[0] ? Number(rows[0].last_read_seq) : 0;
  }

  /** A cohort's own room; its id. */
  async createCohortRoom(cohortId: string, name: string, tx: Tx): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO rooms (kind, name, cohort_id) VALUES ('cohort', $2, $1) RETURNING id`,
      [cohortId, name],
    );
    return row.id;
  }

  /** A member's care line's room (CareLinesRepository records the line in the same transaction); its id. */
  async createCareRoom(tx: Tx): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO rooms (kind, name) VALUES ('care', 'Care team') RETURNING id`,
    );
    return row.id;
  }

  /** Each cohort's first room, by cohort id. */
  async firstForCohorts(cohortIds: string[], tx?: Tx): Promise<Map<string, string>> {
    const rows: { cohort_id: string; id: string }[] = await this.on(tx).query(
      `SELECT DISTINCT ON (cohort_id) cohort_id, id FROM rooms WHERE kind = 'cohort' AND cohort_id = ANY($1::uuid[]) ORDER BY cohort_id, created_at`,
      [cohortIds],
    );
    return new Map(rows.map((r) => [r.cohort_id, r.id]));
  }

  /** The first room of a kind without a cohort (the alumni lounge, the staff room). */
  async firstOfKind(kind: Exclude<RoomKind, 'cohort' | 'care'>, tx?: Tx): Promise<string | null> {
    const [row]: { id: string }[] = await this.on(tx).query(
      `SELECT id FROM rooms WHERE kind = $1 ORDER BY created_at LIMIT 1`,
      [kind],
    );
    return row?.id ?? null;
  }

  /** Where the person has read up to in each room, for their export. */
  async exportFor(userId: string, tx?: Tx): Promise<Record<string, unknown[]>> {
    return {
      readMarkers: await this.on(tx).query(
        `SELECT r.name AS room, rr.last_read_seq, rr.updated_at
           FROM room_reads rr JOIN rooms r ON r.id = rr.room_id WHERE rr.user_id = $1 ORDER BY r.name`,
        [userId],
      ),
    };
  }

  async eraseFor(userId: string, tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM room_reads WHERE user_id = $1`, [userId]);
  }

  private on(tx: Tx | undefined): Tx {
    return tx ?? this.db.manager;
  }
}
