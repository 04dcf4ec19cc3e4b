import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Threaded forums: threads (whose opening text is the thread's own body), nested
 * replies stored with a materialised path, edit history, reactions, full-text
 * search (generated tsvector + GIN, `english` so stems match) and notifications.
 */
export class Forums1795760000000 implements MigrationInterface {
  name = 'Forums1795760000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        board_id uuid NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 150),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        content_warning text CHECK (length(content_warning) BETWEEN 1 AND 120),
        status text NOT NULL DEFAULT 'visible' CHECK (status IN ('visible', 'pending', 'hidden', 'removed')),
        pinned_at timestamptz,
        locked_at timestamptz,
        removed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        edited_at timestamptz,
        last_activity_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')
        ) STORED
      )`);
    await q.query(`CREATE INDEX threads_board_activity ON threads (board_id, last_activity_at DESC, id DESC)`);
    await q.query(`CREATE INDEX threads_author ON threads (author_id)`);
    await q.query(`CREATE INDEX threads_search ON threads USING gin (search)`);

    // path: the seq of every ancestor and then the post's own, so ORDER BY path is
    // the tree in depth-first order with siblings oldest first.
    await q.query(`CREATE SEQUENCE posts_seq AS bigint`);
    await q.query(`
      CREATE TABLE posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES posts(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        seq bigint NOT NULL DEFAULT nextval('posts_seq') UNIQUE,
        path bigint[] NOT NULL,
        depth integer NOT NULL CHECK (depth >= 0),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        content_warning text CHECK (length(content_warning) BETWEEN 1 AND 120),
        status text NOT NULL DEFAULT 'visible' CHECK (status IN ('visible', 'pending', 'hidden', 'removed')),
        removed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        edited_at timestamptz,
        search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', body), 'B')) STORED,
        CHECK (cardinality(path) = depth + 1 AND path[depth + 1] = seq),
        CHECK ((parent_id IS NULL) = (depth = 0))
      )`);
    await q.query(`ALTER SEQUENCE posts_seq OWNED BY posts.seq`);
    await q.query(`CREATE INDEX posts_thread_path ON posts (thread_id, path)`);
    await q.query(`CREATE INDEX posts_thread_created ON posts (thread_id, created_at)`);
    await q.query(`CREATE INDEX posts_parent ON posts (parent_id)`);
    await q.query(`CREATE INDEX posts_author ON posts (author_id)`);
    await q.query(`CREATE INDEX posts_search ON posts USING gin (search)`);

    // What a post or a thread's opening text said before each edit (for moderators).
    await q.query(`
      CREATE TABLE post_edits (
        id bigserial PRIMARY KEY,
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        post_id uuid REFERENCES posts(id) ON DELETE CASCADE,
        editor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        previous_title text,
        previous_body text NOT NULL,
        previous_content_warning text,
        edited_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (post_id IS NULL OR previous_title IS NULL)
      )`);
    await q.query(`CREATE INDEX post_edits_target ON post_edits (thread_id, post_id, id)`);

    await q.query(`
      CREATE TABLE post_reactions (
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('heart', 'hug', 'strength', 'thanks')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, user_id, kind)
      )`);
    await q.query(`CREATE INDEX post_reactions_user ON post_reactions (user_id)`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('mention')),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        thread_id uuid REFERENCES threads(id) ON DELETE CASCADE,
        post_id uuid REFERENCES posts(id) ON DELETE CASCADE,
        excerpt text CHECK (length(excerpt) <= 160),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notifications_user ON notifications (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL`);
    // One mention notification per person per post (or thread opening), however often they are named.
    await q.query(`
      CREATE UNIQUE INDEX notifications_mention_once
        ON notifications (user_id, thread_id, coalesce(post_id, '00000000-0000-0000-0000-000000000000'::uuid))
        WHERE kind = 'mention'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE post_reactions`);
    await q.query(`DROP TABLE post_edits`);
    await q.query(`DROP TABLE posts`);
    await q.query(`DROP TABLE threads`);
  }
}
