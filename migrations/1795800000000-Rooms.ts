import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chat: messages numbered per room in the transaction that stores them (the
 * room's `last_seq`, bumped under its row lock, so readers never see a gap or a
 * reordering), idempotent per author by `client_msg_id`, with edit history kept
 * for moderators and per-person read markers.
 */
export class Rooms1795800000000 implements MigrationInterface {
  name = 'Rooms1795800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE rooms
        ADD COLUMN last_seq bigint NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
        ADD COLUMN slow_mode_seconds integer NOT NULL DEFAULT 0 CHECK (slow_mode_seconds BETWEEN 0 AND 3600)`);

    await q.query(`
      CREATE TABLE messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        room_id uuid NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        seq bigint NOT NULL CHECK (seq > 0),
        author_id uuid NOT NULL REFERENCES users(id),
        client_msg_id text NOT NULL CHECK (char_length(client_msg_id) BETWEEN 1 AND 64),
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 8000),
        content_warning text CHECK (char_length(content_warning) BETWEEN 1 AND 120),
        status text NOT NULL DEFAULT 'visible' CHECK (status IN ('visible', 'pending', 'hidden', 'removed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        removed_at timestamptz,
        removed_by uuid REFERENCES users(id),
        UNIQUE (room_id, seq),
        UNIQUE (author_id, client_msg_id)
      )`);
    // Retention deletes by age.
    await q.query(`CREATE INDEX messages_created ON messages (created_at)`);

    await q.query(`
      CREATE TABLE message_edits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        editor_id uuid NOT NULL REFERENCES users(id),
        previous_body text NOT NULL,
        previous_content_warning text,
        edited_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX message_edits_message ON message_edits (message_id, edited_at)`);
    await q.query(`CREATE INDEX message_edits_editor ON message_edits (editor_id)`);

    await q.query(`
      CREATE TABLE room_reads (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        room_id uuid NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        last_read_seq bigint NOT NULL DEFAULT 0 CHECK (last_read_seq >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, room_id)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE room_reads`);
    await q.query(`DROP TABLE message_edits`);
    await q.query(`DROP TABLE messages`);
    await q.query(`ALTER TABLE rooms DROP COLUMN last_seq, DROP COLUMN slow_mode_seconds`);
  }
}
