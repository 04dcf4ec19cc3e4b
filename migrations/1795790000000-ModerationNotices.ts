import { MigrationInterface, QueryRunner } from 'typeorm';

/** Moderation outcomes are told in the app's notifications too: the author (what and why), reporters (handled). */
export class ModerationNotices1795790000000 implements MigrationInterface {
  name = 'ModerationNotices1795790000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('mention', 'moderation'))`,
    );
    await q.query(
      `ALTER TABLE notifications ADD COLUMN text text CHECK (length(text) <= 1200), ADD COLUMN link text CHECK (link ~ '^/[a-z0-9/_-]*$')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE kind = 'moderation'`);
    await q.query(`ALTER TABLE notifications DROP COLUMN text, DROP COLUMN link`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('mention'))`);
  }
}
