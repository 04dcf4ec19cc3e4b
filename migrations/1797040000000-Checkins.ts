import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Daily check-ins (issue 19): one per person per day of the program's time zone,
 * and the early-warning episodes they open (one care-team concern per episode).
 * A check-in note that reads as a crisis takes the crisis lane: crisis alerts may
 * now point at a check-in.
 */
export class Checkins1797040000000 implements MigrationInterface {
  name = 'Checkins1797040000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE checkins (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        day date NOT NULL,
        mood smallint NOT NULL CHECK (mood BETWEEN 1 AND 5),
        craving smallint NOT NULL CHECK (craving BETWEEN 0 AND 10),
        sleep_hours numeric(3, 1) CHECK (sleep_hours BETWEEN 0 AND 24),
        used boolean,
        note text CHECK (length(note) <= 500),
        share_mood boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, day)
      )`);
    // The cohort grid and "checked in today" read by day.
    await q.query(`CREATE INDEX checkins_day ON checkins (day, user_id)`);
    await q.query(`
      CREATE TABLE checkin_episodes (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        rule text NOT NULL CHECK (rule IN ('low_mood_3_days', 'cravings', 'reported_use', 'stopped_checking_in', 'note')),
        started_at timestamptz NOT NULL DEFAULT now(),
        concern_id uuid REFERENCES care_concerns(id) ON DELETE SET NULL,
        PRIMARY KEY (user_id, rule)
      )`);
    await q.query(`ALTER TABLE crisis_alerts DROP CONSTRAINT IF EXISTS crisis_alerts_target_type_check`);
    await q.query(
      `ALTER TABLE crisis_alerts ADD CONSTRAINT crisis_alerts_target_type_check CHECK (target_type IN ('message', 'post', 'thread', 'checkin'))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM crisis_alerts WHERE target_type = 'checkin'`);
    await q.query(`ALTER TABLE crisis_alerts DROP CONSTRAINT IF EXISTS crisis_alerts_target_type_check`);
    await q.query(
      `ALTER TABLE crisis_alerts ADD CONSTRAINT crisis_alerts_target_type_check CHECK (target_type IN ('message', 'post', 'thread'))`,
    );
    await q.query(`DROP TABLE checkin_episodes`);
    await q.query(`DROP TABLE checkins`);
  }
}
