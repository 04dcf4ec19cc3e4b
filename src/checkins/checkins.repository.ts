import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { prepared } from '../database/prepared';
import { Transactions } from '../database/transactions';
import type { JsonText } from '../common/json-text';
import type { CheckinMood, CheckinRule, CheckinView, CohortCheckinsForCareTeam, PersonRef } from '../contract';

export interface CheckinRecord extends CheckinView {
  userId: string;
}

export interface NewCheckin {
  mood: number;
  craving: number;
  sleepHours: number | null;
  used: boolean | null;
  note: string | null;
  shareMood: boolean;
}

interface CheckinRow {
  id: string;
  user_id: string;
  date: string;
  mood: number;
  craving: number;
  sleep_hours: string | null;
  used: boolean | null;
  note: string | null;
  share_mood: boolean;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `c.id, c.user_id, to_char(c.day, 'YYYY-MM-DD') AS date, c.mood, c.craving, c.sleep_hours,
  c.used, c.note, c.share_mood, c.created_at, c.updated_at`;

/** Today in the program's time zone, as SQL over the parameter holding the zone name. */
const today = (tzParam: string) => `(now() AT TIME ZONE ${tzParam})::date`;

function record(row: CheckinRow): CheckinRecord {
  return {
    id: row.id,
    userId: row.user_id,
    date: row.date,
    mood: row.mood as CheckinMood,
    craving: row.craving,
    sleepHours: row.sleep_hours === null ? null : Number(row.sleep_hours),
    used: row.used,
    note: row.note,
    shareMood: row.share_mood,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * The care team's grid. A CheckinDay per check-in, keys in the contract's order; a date
 * is rendered YYYY-MM-DD in JSON whatever DateStyle says; sleep_hours (numeric) as a
 * plain JSON number, as Number() read it.
 */
// The grid as PostgreSQL's JSON text, passed through unparsed (common/json-text.ts): members by name,
// each with their check-ins in the window ending today in the program's time zone `$2`, newest first.
// Today is reckoned here, as where check-ins are stored (`day`): the two never disagree, as a Node clock
// or time-zone database other than the database's could around midnight (now() is one instant per statement).
// Checked in today: the newest check-in in the window is today's (no second look at the table).
const COHORT_GRID = prepared(
  `SELECT to_char(${today('$2')}, 'YYYY-MM-DD') AS today,
          coalesce(array_agg(g.id ORDER BY g.display_name, g.id), '{}')::text[] AS member_ids,
          count(*) FILTER (WHERE g.checkins->0->>'date' = to_char(${today('$2')}, 'YYYY-MM-DD'))::int AS checked_in_today,
          coalesce(json_agg(json_build_object('user', json_build_object('id', g.id, 'displayName', g.display_name),
                                              'checkins', g.checkins)
                            ORDER BY g.display_name, g.id), '[]')::text AS members
     FROM (SELECT u.id, u.display_name,
                  coalesce((SELECT json_agg(x)
                              FROM (SELECT c.day AS date, c.mood, c.craving, c.sleep_hours::float8 AS "sleepHours",
                                           c.used, c.note
                                      FROM checkins c
                                     WHERE c.user_id = u.id AND c.day > ${today('$2')} - $3::int AND c.day <= ${today('$2')}
                                     ORDER BY c.day DESC) x), '[]') AS checkins
             FROM cohort_memberships m JOIN users u ON u.id = m.user_id
            WHERE m.cohort_id = $1 AND m.kind = 'member' AND m.left_at IS NULL AND u.status = 'active') g`,
);

/** Daily check-ins (table checkins) and their early-warning episodes (checkin_episodes). */
@Injectable()
export class CheckinsRepository {
  constructor(private readonly transactions: Transactions) {}

  /** The program's calendar day now, YYYY-MM-DD. */
  async today(timeZone: string, tx: Tx = this.transactions.outside): Promise<string> {
    const [row] = await tx.query<{ today: string }[]>(`SELECT to_char(${today('$1')}, 'YYYY-MM-DD') AS today`, [
      timeZone,
    ]);
    return row.today;
  }

  /** Stores today's check-in, replacing one already made today; answers it and whether it replaced one. */
  async upsertToday(
    userId: string,
    timeZone: string,
    input: NewCheckin,
    tx: Tx,
  ): Promise<{ checkin: CheckinRecord; replaced: boolean }> {
    const rows = await tx.query<(CheckinRow & { inserted: boolean })[]>(
      `WITH saved AS (
         INSERT INTO checkins AS c (user_id, day, mood, craving, sleep_hours, used, note, share_mood)
         VALUES ($1, ${today('$2')}, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (user_id, day) DO UPDATE
            SET mood = EXCLUDED.mood, craving = EXCLUDED.craving, sleep_hours = EXCLUDED.sleep_hours,
                used = EXCLUDED.used, note = EXCLUDED.note, share_mood = EXCLUDED.share_mood, updated_at = now()
         RETURNING c.*, (xmax = 0) AS inserted)
       SELECT ${COLUMNS}, c.inserted FROM saved c`,
      [userId, timeZone, input.mood, input.craving, input.sleepHours, input.used, input.note, input.shareMood],
    );
    return { checkin: record(rows[0]), replaced: !rows[0].inserted };
  }

  /** The person's check-ins of the last `days` days up to today, newest first. */
  async forPerson(
    userId: string,
    timeZone: string,
    days: number,
    tx: Tx = this.transactions.outside,
  ): Promise<CheckinRecord[]> {
    const rows = await tx.query<CheckinRow[]>(
      `SELECT ${COLUMNS} FROM checkins c
        WHERE c.user_id = $1 AND c.day > ${today('$2')} - $3::int
        ORDER BY c.day DESC`,
      [userId, timeZone, days],
    );
    return rows.map(record);
  }

  /** The active members of each cohort the person is an active member of (the person included). */
  async cohortmates(userId: string): Promise<{ cohortId: string; memberIds: string[] }[]> {
    const rows = await this.transactions.outside.query<{ cohort_id: string; member_ids: string[] }[]>(
      `SELECT mine.cohort_id, array_agg(m.user_id) AS member_ids
         FROM cohort_memberships mine
         JOIN cohort_memberships m ON m.cohort_id = mine.cohort_id AND m.kind = 'member' AND m.left_at IS NULL
         JOIN users u ON u.id = m.user_id AND u.status = 'active'
        WHERE mine.user_id = $1 AND mine.kind = 'member' AND mine.left_at IS NULL
        GROUP BY mine.cohort_id`,
      [userId],
    );
    return rows.map((r) => ({ cohortId: r.cohort_id, memberIds: r.member_ids }));
  }

  /**
   * The care team's grid of a cohort's active members over the `days` days ending today in the
   * program's time zone: today (YYYY-MM-DD), who they are (for the audit), how many checked in
   * today, and the members' part of the view as JSON text (one statement, COHORT_GRID).
   */
  async cohortGrid(
    cohortId: string,
    timeZone: string,
    days: number,
  ): Promise<{
    today: string;
    memberIds: string[];
    checkedInToday: number;
    members: JsonText<CohortCheckinsForCareTeam['members']>;
  }> {
    const [row] = await this.transactions.outside.query<
      {
        today: string;
        member_ids: string[];
        checked_in_today: number;
        members: JsonText<CohortCheckinsForCareTeam['members']>;
      }[]
    >(COHORT_GRID, [cohortId, timeZone, days]);
    return { today: row.today, memberIds: row.member_ids, checkedInToday: row.checked_in_today, members: row.members };
  }

  /** The moods the cohort's active members shared with it in the last `days` days, newest first. */
  async sharedMoods(
    cohortId: string,
    timeZone: string,
    days: number,
  ): Promise<{ user: PersonRef; date: string; mood: CheckinMood }[]> {
    const rows = await this.transactions.outside.query<
      { id: string; display_name: string; date: string; mood: CheckinMood }[]
    >(
      `SELECT u.id, u.display_name, to_char(c.day, 'YYYY-MM-DD') AS date, c.mood
         FROM cohort_memberships m
         JOIN users u ON u.id = m.user_id AND u.status = 'active'
         JOIN checkins c ON c.user_id = m.user_id AND c.share_mood AND c.day > ${today('$2')} - $3::int
        WHERE m.cohort_id = $1 AND m.kind = 'member' AND m.left_at IS NULL
        ORDER BY c.day DESC, u.display_name`,
      [cohortId, timeZone, days],
    );
    return rows.map((r) => ({ user: { id: r.id, displayName: r.display_name }, date: r.date, mood: r.mood }));
  }

  /** Today (the program's day), and how many of the cohort's active members checked in today, of how many. */
  async countToday(cohortId: string, timeZone: string): Promise<{ today: string; checkedIn: number; members: number }> {
    const [row] = await this.transactions.outside.query<{ today: string; checked_in: number; members: number }[]>(
      `SELECT to_char(${today('$2')}, 'YYYY-MM-DD') AS today, count(c.id)::int AS checked_in, count(m.user_id)::int AS members
         FROM (SELECT 1) one
         LEFT JOIN cohort_memberships m ON m.cohort_id = $1 AND m.kind = 'member' AND m.left_at IS NULL
          AND EXISTS (SELECT 1 FROM users u WHERE u.id = m.user_id AND u.status = 'active')
         LEFT JOIN checkins c ON c.user_id = m.user_id AND c.day = ${today('$2')}`,
      [cohortId, timeZone],
    );
    return { today: row.today, checkedIn: row.checked_in, members: row.members };
  }

  /** The person as others see them, when they exist and are not deleted. */
  async person(userId: string): Promise<(PersonRef & { role: string }) | undefined> {
    const [row] = await this.transactions.outside.query<(PersonRef & { role: string })[]>(
      `SELECT id, display_name AS "displayName", role FROM users WHERE id = $1 AND status <> 'deleted'`,
      [userId],
    );
    return row;
  }

  /** Opens an episode of the rule; answers false when one is already open. */
  async openEpisode(userId: string, rule: CheckinRule, tx: Tx): Promise<boolean> {
    const rows = await tx.query<{ user_id: string }[]>(
      `INSERT INTO checkin_episodes (user_id, rule) VALUES ($1, $2)
       ON CONFLICT (user_id, rule) DO NOTHING RETURNING user_id`,
      [userId, rule],
    );
    return rows.length > 0;
  }

  async linkConcern(userId: string, rule: CheckinRule, concernId: string, tx: Tx): Promise<void> {
    await tx.query(`UPDATE checkin_episodes SET concern_id = $3 WHERE user_id = $1 AND rule = $2`, [
      userId,
      rule,
      concernId,
    ]);
  }

  /** Ends the person's episodes of these rules (a check-in no longer meets them). */
  async endEpisodes(userId: string, rules: readonly CheckinRule[], tx: Tx): Promise<void> {
    if (rules.length > 0) {
      await tx.query(`DELETE FROM checkin_episodes WHERE user_id = $1 AND rule = ANY($2::text[])`, [userId, rules]);
    }
  }

  /**
   * People whose check-ins may have stopped: the last one between `STOPPED+1`
   * and 30 days before today, with no stop episode open; with their check-in
   * days of the week up to the last one. The rule itself decides (early-warning.ts).
   */
  async possiblyStopped(
    timeZone: string,
    stoppedDays: number,
    tx: Tx,
  ): Promise<{ userId: string; dates: string[]; today: string }[]> {
    const rows = await tx.query<{ user_id: string; dates: string[]; today: string }[]>(
      `WITH last AS (
         SELECT c.user_id, max(c.day) AS last_day FROM checkins c
          WHERE c.day >= ${today('$1')} - 30
          GROUP BY c.user_id)
       SELECT l.user_id, to_char(${today('$1')}, 'YYYY-MM-DD') AS today,
              array(SELECT to_char(c.day, 'YYYY-MM-DD') FROM checkins c
                     WHERE c.user_id = l.user_id AND c.day > l.last_day - 7 ORDER BY c.day) AS dates
         FROM last l
         JOIN users u ON u.id = l.user_id AND u.status = 'active'
        WHERE l.last_day < ${today('$1')} - $2::int
          AND NOT EXISTS (SELECT 1 FROM checkin_episodes e
                           WHERE e.user_id = l.user_id AND e.rule = 'stopped_checking_in')
        LIMIT 500`,
      [timeZone, stoppedDays],
    );
    return rows.map((r) => ({ userId: r.user_id, dates: r.dates, today: r.today }));
  }

  /** Demo data: check-ins on past days of the person with this email (HEARTH_DEMO only). */
  async insertPast(
    email: string,
    timeZone: string,
    days: readonly [daysAgo: number, mood: number, craving: number, used?: boolean, shared?: boolean][],
    tx: Tx,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO checkins (user_id, day, mood, craving, used, share_mood)
       SELECT u.id, ${today('$2')} - d.ago, d.mood, d.craving, d.used, d.shared
         FROM users u,
              unnest($3::int[], $4::int[], $5::int[], $6::boolean[], $7::boolean[]) AS d(ago, mood, craving, used, shared)
        WHERE u.email = $1
       ON CONFLICT (user_id, day) DO NOTHING`,
      [
        email,
        timeZone,
        days.map((d) => d[0]),
        days.map((d) => d[1]),
        days.map((d) => d[2]),
        days.map((d) => d[3] ?? null),
        days.map((d) => d[4] ?? false),
      ],
    );
  }

  /** The person's check-ins, for their export. */
  async exportFor(userId: string, tx: Tx = this.transactions.outside): Promise<Record<string, unknown[]>> {
    return {
      checkins: await tx.query(
        `SELECT to_char(day, 'YYYY-MM-DD') AS date, mood, craving, sleep_hours, used, note, share_mood,
                created_at, updated_at
           FROM checkins WHERE user_id = $1 ORDER BY day`,
        [userId],
      ),
    };
  }

  async eraseFor(userId: string, tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM checkin_episodes WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM checkins WHERE user_id = $1`, [userId]);
  }
}
