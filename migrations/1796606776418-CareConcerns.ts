import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Concerns: the wellbeing level of the crisis lane (PRODUCT.md, Safety: two levels).
 * A signal for the person's care team to look at in working hours, not a page;
 * told to admins if nobody takes it within a day.
 */
export class CareConcerns1796606776418 implements MigrationInterface {
  name = 'CareConcerns1796606776418';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE care_concerns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        cohort_id uuid REFERENCES cohorts(id) ON DELETE SET NULL,
        source text NOT NULL CHECK (source IN ('message', 'post', 'thread', 'checkin')),
        target_id uuid,
        categories text[] NOT NULL DEFAULT '{}',
        rule text,
        details jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'taken', 'resolved')),
        taken_by uuid REFERENCES users(id) ON DELETE SET NULL,
        taken_at timestamptz,
        resolved_by uuid REFERENCES users(id) ON DELETE SET NULL,
        resolved_at timestamptz,
        outcome text CHECK (outcome IN ('reached_out', 'discuss_in_session', 'no_action_needed')),
        note text CHECK (length(note) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        admins_due_at timestamptz NOT NULL,
        admins_told_at timestamptz,
        CHECK ((source = 'checkin') = (target_id IS NULL)),
        CHECK ((status = 'resolved') = (resolved_at IS NOT NULL))
      )`);
    // One open concern per piece of content: an edit that still reads the same adds nothing new.
    await q.query(
      `CREATE UNIQUE INDEX care_concerns_open_target ON care_concerns (source, target_id) WHERE status <> 'resolved' AND target_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX care_concerns_person ON care_concerns (person_id, created_at DESC)`);
    await q.query(
      `CREATE INDEX care_concerns_admins_due ON care_concerns (admins_due_at) WHERE status = 'open' AND admins_told_at IS NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE care_concerns`);
  }
}
