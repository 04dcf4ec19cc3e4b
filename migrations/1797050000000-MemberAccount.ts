import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account basics and notices a member can act on (issue 18):
 *  - password reset codes handed over by staff: single-use, 24 hours, stored as hashes;
 *  - notifications of their own kind (a report handled, an appeal decided, a step-down,
 *    a return to a cohort) with the end of a sanction kept as a time, shown in local time.
 */
export class MemberAccount1797050000000 implements MigrationInterface {
  name = 'MemberAccount1797050000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_reset_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash text NOT NULL UNIQUE,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX password_reset_codes_user ON password_reset_codes (user_id)`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
         CHECK (kind IN ('mention', 'moderation', 'report_handled', 'appeal_decided', 'stepped_down', 'rejoined', 'care'))`,
    );
    await q.query(`ALTER TABLE notifications ADD COLUMN until timestamptz`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN until`);
    await q.query(`UPDATE notifications SET kind = 'moderation' WHERE kind NOT IN ('mention', 'moderation', 'care')`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('mention', 'moderation', 'care'))`,
    );
    await q.query(`DROP TABLE password_reset_codes`);
  }
}
