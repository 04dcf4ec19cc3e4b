import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One crisis, one case (issue 16): a crisis alert and the review item raised
 * with it resolve together. Before this, resolving the alert left its item open
 * in the queue ("Score 0 · Reasons: None given"). Items whose alert is already
 * resolved and that hold nothing else to decide (only the detector and crisis
 * flags) are closed now as the alert was, with the same hand and time; the
 * item's history says why. Items that also hold other flags or held content stay
 * open for their other reason. Indexes serve the alert's lookups by item and
 * the person's earlier alerts.
 *
 * CLOSE_RESOLVED_CASES closes the open review items whose crisis alert is resolved and that hold
 * nothing else to decide, as the alert was closed (by whom, when, with which
 * outcome); each item's history says so. Idempotent.
 */
export const CLOSE_RESOLVED_CASES = `
      WITH closing AS (
        SELECT DISTINCT ON (i.id) i.id, a.id AS alert_id, a.resolved_by, a.resolved_at, a.outcome
          FROM review_items i JOIN crisis_alerts a ON a.review_item_id = i.id
         WHERE i.status = 'open' AND a.status = 'resolved'
           AND i.sources <@ ARRAY['crisis', 'flag']::text[]
           AND NOT EXISTS (SELECT 1 FROM jsonb_object_keys(i.reasons) k WHERE k <> 'crisis')
         ORDER BY i.id, a.resolved_at DESC),
      closed AS (
        UPDATE review_items i SET
               status = 'resolved',
               resolved_by = c.resolved_by,
               resolved_at = c.resolved_at,
               resolution = 'dismiss',
               resolution_reason = 'Resolved with its crisis alert (' || replace(coalesce(c.outcome, 'resolved'), '_', ' ') || ')',
               claimed_by = coalesce(i.claimed_by, c.resolved_by),
               claimed_at = coalesce(i.claimed_at, c.resolved_at),
               updated_at = now()
          FROM closing c WHERE c.id = i.id
        RETURNING i.id, c.alert_id, c.resolved_by, c.outcome)
      INSERT INTO review_events (review_item_id, actor_id, action, details)
      SELECT id, resolved_by, 'resolved',
             jsonb_build_object('action', 'dismiss', 'alertId', alert_id, 'outcome', outcome, 'migrated', true)
        FROM closed`;

export class CrisisOneCase1797020000000 implements MigrationInterface {
  name = 'CrisisOneCase1797020000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX crisis_alerts_review_item ON crisis_alerts (review_item_id) WHERE review_item_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX crisis_alerts_author ON crisis_alerts (author_id, created_at DESC)`);
    await q.query(CLOSE_RESOLVED_CASES);
  }

  public async down(q: QueryRunner): Promise<void> {
    // The closed items stay closed: their alerts were resolved.
    await q.query(`DROP INDEX crisis_alerts_author`);
    await q.query(`DROP INDEX crisis_alerts_review_item`);
  }
}
