import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reactions on a thread's opening words, as on its replies (issue 18). */
export class ThreadReactions1797050000001 implements MigrationInterface {
  name = 'ThreadReactions1797050000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE thread_reactions (
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('heart', 'hug', 'strength', 'thanks')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (thread_id, user_id, kind)
      )`);
    await q.query(`CREATE INDEX thread_reactions_user ON thread_reactions (user_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE thread_reactions`);
  }
}
