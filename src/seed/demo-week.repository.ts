import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';

/** Demo rows whose times the seed sets: created now by their owners' repositories, then dated into the past week. */
const DATED = {
  threads: ['created_at', 'last_activity_at', 'pinned_at'],
  posts: ['created_at'],
  review_items: ['created_at', 'updated_at', 'claimed_at', 'resolved_at'],
  flags: ['created_at'],
  crisis_alerts: ['created_at', 'escalate_at', 'acknowledged_at'],
  care_concerns: ['created_at', 'admins_due_at'],
  appeals: ['created_at'],
  watched_words: ['created_at'],
} as const;
type DatedTable = keyof typeof DATED;
type DatedColumn<T extends DatedTable> = (typeof DATED)[T][number];

/**
 * The demo seed's own statements (HEARTH_DEMO, an empty database only): back-dating
 * the demo week's rows, which every owner stamps with the present, and writing the
 * few rows whose time is their point (reactions, review history, audit entries).
 * Nothing here runs outside the demo seed.
 */
@Injectable()
export class DemoWeekRepository {
  /** Sets the named time columns of one row (`id`), e.g. a thread's `created_at`. */
  async date<T extends DatedTable>(
    table: T,
    id: string,
    times: Partial<Record<DatedColumn<T>, Date>>,
    tx: Tx,
  ): Promise<void> {
    const entries = Object.entries(times) as [string, Date][];
    if (entries.length === 0) {
      return;
    }
    const allowed: readonly string[] = DATED[table];
    if (entries.some(([column]) => !allowed.includes(column))) {
      throw new Error(`the demo seed does not date ${table}.${entries.map(([c]) => c).join(', ')}`);
    }
    const sets = entries.map(([column], i) => `${column} = $${i + 2}`).join(', ');
    await tx.query(`UPDATE ${table} SET ${sets} WHERE id = $1`, [id, ...entries.map(([, at]) => at)]);
  }

  /** The cohort boards by cohort id, and the shared boards by scope (alumni, community, staff). */
  async boards(tx: Tx): Promise<{ byCohort: Map<string, string>; byScope: Map<string, string> }> {
    const rows: { id: string; scope: string; cohort_id: string | null }[] = await tx.query(
      `SELECT id, scope, cohort_id FROM boards ORDER BY created_at, id`,
    );
    const byCohort = new Map<string, string>();
    const byScope = new Map<string, string>();
    for (const row of rows) {
      if (row.cohort_id) {
        byCohort.set(row.cohort_id, byCohort.get(row.cohort_id) ?? row.id);
      } else if (!byScope.has(row.scope)) {
        byScope.set(row.scope, row.id);
      }
    }
    return { byCohort, byScope };
  }

  async react(postId: string, userId: string, kind: string, at: Date, tx: Tx): Promise<void> {
    await tx.query(
      `INSERT INTO post_reactions (post_id, user_id, kind, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [postId, userId, kind, at],
    );
  }

  /** Dates every line of a review item's history at once (the demo writes one or two a item). */
  async dateReviewEvents(itemId: string, times: Date[], tx: Tx): Promise<void> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM review_events WHERE review_item_id = $1 ORDER BY id`,
      [itemId],
    );
    for (const [i, row] of rows.entries()) {
      const at = times[Math.min(i, times.length - 1)];
      await tx.query(`UPDATE review_events SET at = $2 WHERE id = $1`, [row.id, at]);
    }
  }

  /** A crisis alert a clinician acknowledged at `at` (the service's own path stamps the present). */
  async acknowledgeAlert(alertId: string, by: string, at: Date, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE crisis_alerts SET status = 'acknowledged', acknowledged_by = $2, acknowledged_at = $3 WHERE id = $1`,
      [alertId, by, at],
    );
  }

  /** A crisis alert the clinician closed at `at`, with their record of what they did. */
  async resolveAlert(alertId: string, by: string, outcome: string, note: string, at: Date, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE crisis_alerts SET status = 'resolved', resolved_by = $2, resolved_at = $3, outcome = $4, note = $5 WHERE id = $1`,
      [alertId, by, at, outcome, note],
    );
  }

  /** The audit log is append-only (UPDATE is refused): demo entries are written with their time, oldest first. */
  async appendAudit(
    entry: {
      at: Date;
      actorId: string | null;
      action: string;
      targetType: string | null;
      targetId: string | null;
      cohortId: string | null;
      details: Record<string, unknown>;
    },
    tx: Tx,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO audit_log (at, actor_id, action, target_type, target_id, cohort_id, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
      [
        entry.at,
        entry.actorId,
        entry.action,
        entry.targetType,
        entry.targetId,
        entry.cohortId,
        JSON.stringify(entry.details),
      ],
    );
  }
}
