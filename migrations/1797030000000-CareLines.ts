import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Care-team lines (issue 17): one private room of kind `care` per member, between
 * them and their care team. The line's waiting clock is kept here (`waiting_since`,
 * `due_at`) so that escalation survives a restart; `escalated_at` marks the current
 * waiting period as escalated. Contexts are what staff opened the line from (a crisis
 * alert or a review item), shown in place in the line.
 */
export class CareLines1797030000000 implements MigrationInterface {
  name = 'CareLines1797030000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rooms DROP CONSTRAINT rooms_kind_check`);
    await q.query(
      `ALTER TABLE rooms ADD CONSTRAINT rooms_kind_check CHECK (kind IN ('cohort', 'alumni', 'staff', 'care'))`,
    );
    await q.query(`ALTER TABLE review_items DROP CONSTRAINT review_items_space_kind_check`);
    await q.query(
      `ALTER TABLE review_items ADD CONSTRAINT review_items_space_kind_check CHECK (space_kind IN ('cohort', 'alumni', 'community', 'staff', 'care'))`,
    );
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('mention', 'moderation', 'care'))`,
    );
    await q.query(`
      CREATE TABLE care_lines (
        room_id uuid PRIMARY KEY REFERENCES rooms(id) ON DELETE CASCADE,
        member_id uuid NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
        opened_by uuid REFERENCES users(id) ON DELETE SET NULL,
        waiting_since timestamptz,
        due_at timestamptz,
        escalated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((waiting_since IS NULL) = (due_at IS NULL))
      )`);
    await q.query(`CREATE INDEX care_lines_waiting ON care_lines (waiting_since) WHERE waiting_since IS NOT NULL`);
    await q.query(
      `CREATE INDEX care_lines_due ON care_lines (due_at) WHERE due_at IS NOT NULL AND escalated_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE care_line_contexts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        room_id uuid NOT NULL REFERENCES care_lines(room_id) ON DELETE CASCADE,
        opened_by uuid REFERENCES users(id) ON DELETE SET NULL,
        alert_id uuid REFERENCES crisis_alerts(id) ON DELETE SET NULL,
        review_item_id uuid REFERENCES review_items(id) ON DELETE SET NULL,
        about_at timestamptz,
        after_seq bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX care_line_contexts_room ON care_line_contexts (room_id, created_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE care_line_contexts`);
    await q.query(`DROP TABLE care_lines`);
    await q.query(`DELETE FROM rooms WHERE kind = 'care'`);
    await q.query(`ALTER TABLE rooms DROP CONSTRAINT rooms_kind_check`);
    await q.query(`ALTER TABLE rooms ADD CONSTRAINT rooms_kind_check CHECK (kind IN ('cohort', 'alumni', 'staff'))`);
    await q.query(`DELETE FROM notifications WHERE kind = 'care'`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('mention', 'moderation'))`,
    );
    await q.query(`ALTER TABLE review_items DROP CONSTRAINT review_items_space_kind_check`);
    await q.query(
      `ALTER TABLE review_items ADD CONSTRAINT review_items_space_kind_check CHECK (space_kind IN ('cohort', 'alumni', 'community', 'staff')) NOT VALID`,
    );
  }
}
