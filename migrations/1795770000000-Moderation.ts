import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Safety: flags gathered into review items, sanctions, crisis alerts with a
 * database-held escalation timer, watched words, personal blocks and appeals.
 * Targets (message, post, thread, user) are referenced by type and id.
 */
export class Moderation1795770000000 implements MigrationInterface {
  name = 'Moderation1795770000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE review_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_type text NOT NULL CHECK (target_type IN ('message', 'post', 'thread', 'user')),
        target_id uuid NOT NULL,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        cohort_id uuid REFERENCES cohorts(id) ON DELETE CASCADE,
        space_kind text CHECK (space_kind IN ('cohort', 'alumni', 'community', 'staff')),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        urgent boolean NOT NULL DEFAULT false,
        score integer NOT NULL DEFAULT 0,
        reasons jsonb NOT NULL DEFAULT '{}'::jsonb,
        sources text[] NOT NULL DEFAULT '{}',
        auto_hidden boolean NOT NULL DEFAULT false,
        escalated_at timestamptz,
        claimed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        claimed_at timestamptz,
        resolved_by uuid REFERENCES users(id) ON DELETE SET NULL,
        resolved_at timestamptz,
        resolution text,
        resolution_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One open item per target: new flags gather into it.
    await q.query(
      `CREATE UNIQUE INDEX review_items_open_target ON review_items (target_type, target_id) WHERE status = 'open'`,
    );
    await q.query(`CREATE INDEX review_items_queue ON review_items (status, urgent DESC, score DESC, created_at)`);
    await q.query(`CREATE INDEX review_items_author ON review_items (author_id)`);

    await q.query(`
      CREATE TABLE flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_item_id uuid NOT NULL REFERENCES review_items(id) ON DELETE CASCADE,
        target_type text NOT NULL,
        target_id uuid NOT NULL,
        reporter_id uuid REFERENCES users(id) ON DELETE SET NULL,
        reason text NOT NULL CHECK (reason IN ('crisis', 'harassment', 'hate', 'spam', 'privacy', 'triggering', 'misinformation', 'other')),
        note text CHECK (length(note) <= 500),
        weight integer NOT NULL CHECK (weight BETWEEN 1 AND 3),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A person flags a target once.
    await q.query(`CREATE UNIQUE INDEX flags_once ON flags (target_type, target_id, reporter_id)`);
    await q.query(`CREATE INDEX flags_reporter ON flags (reporter_id, created_at)`);

    await q.query(`
      CREATE TABLE review_events (
        id bigserial PRIMARY KEY,
        review_item_id uuid NOT NULL REFERENCES review_items(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        action text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX review_events_item ON review_events (review_item_id, id)`);

    await q.query(`
      CREATE TABLE sanctions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('warn', 'mute', 'suspend', 'ban')),
        reason text NOT NULL,
        review_item_id uuid REFERENCES review_items(id) ON DELETE SET NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        starts_at timestamptz NOT NULL DEFAULT now(),
        ends_at timestamptz,
        lifted_at timestamptz,
        lifted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        CHECK (kind IN ('warn', 'ban') OR ends_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX sanctions_user ON sanctions (user_id, starts_at DESC)`);
    await q.query(
      `CREATE INDEX sanctions_expiring ON sanctions (ends_at) WHERE lifted_at IS NULL AND ends_at IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE appeals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        review_item_id uuid REFERENCES review_items(id) ON DELETE CASCADE,
        sanction_id uuid REFERENCES sanctions(id) ON DELETE CASCADE,
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'upheld', 'overturned')),
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        decision_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((review_item_id IS NULL) <> (sanction_id IS NULL))
      )`);
    // Once per decision.
    await q.query(`CREATE UNIQUE INDEX appeals_once_item ON appeals (review_item_id) WHERE review_item_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX appeals_once_sanction ON appeals (sanction_id) WHERE sanction_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE crisis_alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_item_id uuid REFERENCES review_items(id) ON DELETE SET NULL,
        target_type text NOT NULL CHECK (target_type IN ('message', 'post', 'thread')),
        target_id uuid NOT NULL,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        cohort_id uuid REFERENCES cohorts(id) ON DELETE SET NULL,
        space_kind text,
        categories text[] NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'resolved')),
        created_at timestamptz NOT NULL DEFAULT now(),
        escalate_at timestamptz NOT NULL,
        escalated_at timestamptz,
        acknowledged_by uuid REFERENCES users(id) ON DELETE SET NULL,
        acknowledged_at timestamptz,
        resolved_by uuid REFERENCES users(id) ON DELETE SET NULL,
        resolved_at timestamptz,
        outcome text CHECK (outcome IN ('reached_out', 'contacted_emergency_services', 'no_action_needed')),
        note text CHECK (length(note) <= 2000)
      )`);
    // The escalation timer lives here, so it survives restarts and runs once across nodes.
    await q.query(
      `CREATE INDEX crisis_alerts_due ON crisis_alerts (escalate_at) WHERE status = 'open' AND escalated_at IS NULL`,
    );
    await q.query(`CREATE INDEX crisis_alerts_status ON crisis_alerts (status, created_at DESC)`);

    await q.query(`
      CREATE TABLE watched_words (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        term text NOT NULL CHECK (length(term) BETWEEN 1 AND 200),
        is_regex boolean NOT NULL DEFAULT false,
        action text NOT NULL CHECK (action IN ('block', 'require_approval', 'flag', 'censor')),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX watched_words_term ON watched_words (lower(term), is_regex)`);

    await q.query(`
      CREATE TABLE blocks (
        blocker_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        blocked_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (blocker_id, blocked_id),
        CHECK (blocker_id <> blocked_id)
      )`);
    await q.query(`CREATE INDEX blocks_blocked ON blocks (blocked_id)`);

    await q.query(`ALTER TABLE users ADD COLUMN on_duty_since timestamptz`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN on_duty_since`);
    await q.query(`DROP TABLE blocks`);
    await q.query(`DROP TABLE watched_words`);
    await q.query(`DROP TABLE crisis_alerts`);
    await q.query(`DROP TABLE appeals`);
    await q.query(`DROP TABLE sanctions`);
    await q.query(`DROP TABLE review_events`);
    await q.query(`DROP TABLE flags`);
    await q.query(`DROP TABLE review_items`);
  }
}
