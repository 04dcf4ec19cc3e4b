import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `threads.view_version` moves whenever anything a reader sees of the thread's replies changes:
 * a reply written, edited, hidden, removed or deleted, a reaction given or taken back, a reply's
 * author renamed or deleted. The server keeps a read thread's replies while the version stands
 * (forums/thread-replies-cache.ts); triggers keep it, so no write path, node or manual fix can
 * leave a reader a stale reply.
 */
export class ThreadViewVersion1797070000001 implements MigrationInterface {
  name = 'ThreadViewVersion1797070000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE threads ADD COLUMN view_version bigint NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE FUNCTION hearth_post_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          UPDATE threads SET view_version = view_version + 1 WHERE id = OLD.thread_id;
        ELSE
          UPDATE threads SET view_version = view_version + 1 WHERE id = NEW.thread_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER posts_thread_view AFTER INSERT OR UPDATE OR DELETE ON posts
        FOR EACH ROW EXECUTE FUNCTION hearth_post_changed()`);
    await q.query(`
      CREATE FUNCTION hearth_post_reaction_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE threads SET view_version = view_version + 1
         WHERE id = (SELECT thread_id FROM posts
                      WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.post_id ELSE NEW.post_id END);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER post_reactions_thread_view AFTER INSERT OR UPDATE OR DELETE ON post_reactions
        FOR EACH ROW EXECUTE FUNCTION hearth_post_reaction_changed()`);
    await q.query(`
      CREATE FUNCTION hearth_post_author_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE threads SET view_version = view_version + 1
         WHERE id IN (SELECT thread_id FROM posts WHERE author_id = NEW.id);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER users_thread_view AFTER UPDATE OF display_name, status ON users
        FOR EACH ROW WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name OR OLD.status IS DISTINCT FROM NEW.status)
        EXECUTE FUNCTION hearth_post_author_changed()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER users_thread_view ON users`);
    await q.query(`DROP FUNCTION hearth_post_author_changed()`);
    await q.query(`DROP TRIGGER post_reactions_thread_view ON post_reactions`);
    await q.query(`DROP FUNCTION hearth_post_reaction_changed()`);
    await q.query(`DROP TRIGGER posts_thread_view ON posts`);
    await q.query(`DROP FUNCTION hearth_post_changed()`);
    await q.query(`ALTER TABLE threads DROP COLUMN view_version`);
  }
}
