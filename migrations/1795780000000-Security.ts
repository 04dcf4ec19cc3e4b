import { MigrationInterface, QueryRunner } from 'typeorm';

/** Second factor for staff (TOTP with recovery codes) and program-wide settings. */
export class Security1795780000000 implements MigrationInterface {
  name = 'Security1795780000000';

  public async up(q: QueryRunner): Promise<void> {
    // TOTP secrets are stored encrypted (AES-256-GCM, key derived from JWT_SECRET).
    await q.query(
      `ALTER TABLE users ADD COLUMN totp_secret text, ADD COLUMN totp_pending_secret text, ADD COLUMN totp_enabled_at timestamptz`,
    );
    await q.query(`
      CREATE TABLE recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX recovery_codes_user ON recovery_codes (user_id) WHERE used_at IS NULL`);
    await q.query(`
      CREATE TABLE settings (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_tokens_live ON refresh_tokens (user_id, family_id) WHERE revoked_at IS NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX refresh_tokens_live`);
    await q.query(`DROP TABLE settings`);
    await q.query(`DROP TABLE recovery_codes`);
    await q.query(
      `ALTER TABLE users DROP COLUMN totp_secret, DROP COLUMN totp_pending_secret, DROP COLUMN totp_enabled_at`,
    );
  }
}
