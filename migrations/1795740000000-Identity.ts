import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who may be where: users, consents, cohorts and memberships, invites, refresh
 * tokens, the spaces a cohort owns (rooms, boards) and the append-only audit log.
 */
export class Identity1795740000000 implements MigrationInterface {
  name = 'Identity1795740000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        legal_name text,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('member', 'alumni', 'peer_mentor', 'clinician', 'moderator', 'admin')),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'banned', 'deleted')),
        status_until timestamptz,
        on_duty boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Case-insensitive uniqueness without the citext extension (not every server has contrib).
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await q.query(`CREATE UNIQUE INDEX users_display_name_key ON users (lower(display_name))`);

    await q.query(`
      CREATE TABLE consents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        audience text NOT NULL CHECK (audience IN ('member', 'alumni', 'staff')),
        version text NOT NULL,
        accepted_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, audience, version)
      )`);

    await q.query(`
      CREATE TABLE cohorts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        program text,
        starts_on date,
        ends_on date,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
      )`);

    await q.query(`
      CREATE TABLE cohort_memberships (
        cohort_id uuid NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('member', 'facilitator')),
        joined_at timestamptz NOT NULL DEFAULT now(),
        left_at timestamptz,
        left_reason text CHECK (left_reason IN ('step_down', 'removed', 'account_deleted')),
        left_by uuid REFERENCES users(id) ON DELETE SET NULL,
        PRIMARY KEY (cohort_id, user_id),
        CHECK ((left_at IS NULL) = (left_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX cohort_memberships_user ON cohort_memberships (user_id) WHERE left_at IS NULL`);

    await q.query(`
      CREATE TABLE invites (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code_hash text NOT NULL UNIQUE,
        cohort_id uuid REFERENCES cohorts(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('member', 'alumni', 'clinician', 'moderator', 'admin')),
        max_uses integer NOT NULL DEFAULT 1 CHECK (max_uses BETWEEN 1 AND 500),
        uses integer NOT NULL DEFAULT 0,
        expires_at timestamptz NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CHECK (uses >= 0 AND uses <= max_uses),
        CHECK (cohort_id IS NOT NULL OR role IN ('moderator', 'admin'))
      )`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        user_agent text
      )`);
    await q.query(`CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)`);
    await q.query(`CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id)`);

    await q.query(`
      CREATE TABLE rooms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('cohort', 'alumni', 'staff')),
        name text NOT NULL,
        cohort_id uuid REFERENCES cohorts(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'cohort') = (cohort_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX rooms_cohort ON rooms (cohort_id)`);

    await q.query(`
      CREATE TABLE boards (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scope text NOT NULL CHECK (scope IN ('cohort', 'alumni', 'community', 'staff')),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        cohort_id uuid REFERENCES cohorts(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((scope = 'cohort') = (cohort_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX boards_cohort ON boards (cohort_id)`);

    // The spaces outside any cohort exist from the start.
    await q.query(`
      INSERT INTO rooms (kind, name) VALUES ('alumni', 'Alumni lounge'), ('staff', 'Staff room')`);
    await q.query(`
      INSERT INTO boards (scope, name, description) VALUES
        ('community', 'Community', 'Open to everyone in the program: members, alumni and staff.'),
        ('alumni', 'Alumni', 'For people who have stepped down from an active group.'),
        ('staff', 'Staff', 'For clinicians, moderators and administrators.')`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        action text NOT NULL,
        target_type text,
        target_id uuid,
        cohort_id uuid,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX audit_log_target ON audit_log (target_id)`);
    await q.query(`CREATE INDEX audit_log_cohort ON audit_log (cohort_id, id)`);
    // Append-only: the database itself refuses to change history.
    await q.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_is_append_only`);
    await q.query(`DROP TABLE boards`);
    await q.query(`DROP TABLE rooms`);
    await q.query(`DROP TABLE refresh_tokens`);
    await q.query(`DROP TABLE invites`);
    await q.query(`DROP TABLE cohort_memberships`);
    await q.query(`DROP TABLE cohorts`);
    await q.query(`DROP TABLE consents`);
    await q.query(`DROP TABLE users`);
  }
}
