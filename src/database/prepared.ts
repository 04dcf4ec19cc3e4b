import { createHash } from 'node:crypto';

/**
 * Hot statements, run as named prepared statements: PostgreSQL parses and plans
 * them once per connection instead of on every call. For the chat send context
 * (room, membership, mute, earlier send and blocks in one query) planning cost
 * ten times more than running it: 0.6 ms a call unprepared against 0.07 ms
 * prepared (pgbench, same statement). Mark a statement where it is defined:
 *
 *   const SEND_CONTEXT = prepared(`SELECT …`);
 *   await db.query(SEND_CONTEXT, [roomId, userId]);   // any DataSource / EntityManager
 *
 * Only for fixed statement text with `$n` parameters: each distinct text is
 * prepared on every pooled connection that runs it, and kept there until the
 * connection closes, so statements built from varying text must not be marked.
 * PostgreSQL re-plans a prepared statement after a migration changes what it
 * reads. (A transaction-pooling proxy such as PgBouncer in transaction mode
 * would need its prepared-statement support turned on.)
 */
const names = new Map<string, string>();

export function prepared(text: string): string {
  if (!names.has(text)) {
    names.set(text, `hearth_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`);
  }
  return text;
}

/** The statement name for `text` if it was marked `prepared`. */
export function preparedName(text: string): string | undefined {
  return names.get(text);
}
