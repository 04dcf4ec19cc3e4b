/**
 * Every column that points at a person, and what Hearth does with it when that
 * person exports or deletes their data. A test compares this map with the
 * database: a new column referencing users fails it until it is listed here.
 *
 * - `export`: the SQL (with $1 = the person's id) whose rows go into the export.
 * - `reason`: why the column is not exported (others' privacy, staff records, secrets).
 */
export interface PersonalDataColumn {
  export?: { section: string; sql: string };
  reason?: string;
}

const STAFF_RECORD = 'a record of staff work for the program, not data about the person';

export const PERSONAL_DATA: Record<string, PersonalDataColumn> = {
  'consents.user_id': {
    export: {
      section: 'consents',
      sql: `SELECT audience, version, accepted_at FROM consents WHERE user_id = $1 ORDER BY accepted_at`,
    },
  },
  'cohort_memberships.user_id': {
    export: {
      section: 'groups',
      sql: `SELECT c.name, m.kind, m.joined_at, m.left_at, m.left_reason FROM cohort_memberships m JOIN cohorts c ON c.id = m.cohort_id WHERE m.user_id = $1 ORDER BY m.joined_at`,
    },
  },
  'cohort_memberships.left_by': { reason: STAFF_RECORD },
  'contact_details.user_id': {
    export: {
      section: 'contact',
      sql: `SELECT phone, updated_at FROM contact_details WHERE user_id = $1`,
    },
  },
  'cohorts.created_by': { reason: STAFF_RECORD },
  'invites.created_by': { reason: STAFF_RECORD },
  'refresh_tokens.user_id': {
    export: {
      section: 'sessions',
      sql: `SELECT family_id AS session, min(created_at) AS started_at, max(created_at) AS last_used_at, (array_agg(user_agent ORDER BY created_at DESC))[1] AS device
              FROM refresh_tokens WHERE user_id = $1 GROUP BY family_id ORDER BY 2`,
    },
  },
  'threads.author_id': {
    export: {
      section: 'threads',
      sql: `SELECT t.id, b.name AS board, t.title, t.body, t.content_warning, t.status, t.created_at, t.edited_at
              FROM threads t JOIN boards b ON b.id = t.board_id WHERE t.author_id = $1 ORDER BY t.created_at`,
    },
  },
  'threads.removed_by': { reason: STAFF_RECORD },
  'posts.author_id': {
    export: {
      section: 'posts',
      sql: `SELECT id, thread_id, parent_id, body, content_warning, status, created_at, edited_at FROM posts WHERE author_id = $1 ORDER BY created_at`,
    },
  },
  'posts.removed_by': { reason: STAFF_RECORD },
  'post_edits.editor_id': {
    export: {
      section: 'edits',
      sql: `SELECT thread_id, post_id, previous_title, previous_body, previous_content_warning, edited_at FROM post_edits WHERE editor_id = $1 ORDER BY edited_at`,
    },
  },
  'post_reactions.user_id': {
    export: {
      section: 'reactions',
      sql: `SELECT post_id, kind, created_at FROM post_reactions WHERE user_id = $1 ORDER BY created_at`,
    },
  },
  'messages.author_id': {
    export: {
      section: 'messages',
      sql: `SELECT m.id, r.name AS room, m.seq, m.body, m.content_warning, m.status, m.created_at, m.edited_at
              FROM messages m JOIN rooms r ON r.id = m.room_id WHERE m.author_id = $1 ORDER BY m.created_at`,
    },
  },
  'messages.removed_by': {
    reason: 'who took a message down: the author (their messages are exported with their status) or staff',
  },
  'message_edits.editor_id': {
    export: {
      section: 'messageEdits',
      sql: `SELECT message_id, previous_body, previous_content_warning, edited_at FROM message_edits WHERE editor_id = $1 ORDER BY edited_at`,
    },
  },
  'room_reads.user_id': {
    export: {
      section: 'readMarkers',
      sql: `SELECT r.name AS room, rr.last_read_seq, rr.updated_at FROM room_reads rr JOIN rooms r ON r.id = rr.room_id WHERE rr.user_id = $1 ORDER BY r.name`,
    },
  },
  'notifications.user_id': {
    export: {
      section: 'notifications',
      sql: `SELECT kind, thread_id, post_id, excerpt, text, created_at, read_at FROM notifications WHERE user_id = $1 ORDER BY created_at`,
    },
  },
  'notifications.actor_id': { reason: "other people's notifications about something this person wrote" },
  'review_items.author_id': {
    export: {
      section: 'moderationDecisions',
      sql: `SELECT target_type, target_id, status, resolution, resolution_reason, resolved_at, created_at FROM review_items WHERE author_id = $1 ORDER BY created_at`,
    },
  },
  'review_items.claimed_by': { reason: STAFF_RECORD },
  'review_items.resolved_by': { reason: STAFF_RECORD },
  'flags.reporter_id': {
    export: {
      section: 'reportsFiled',
      sql: `SELECT target_type, target_id, reason, note, created_at FROM flags WHERE reporter_id = $1 ORDER BY created_at`,
    },
  },
  'review_events.actor_id': { reason: 'moderation steps; the person’s own reports are exported as reportsFiled' },
  'sanctions.user_id': {
    export: {
      section: 'sanctions',
      sql: `SELECT kind, reason, starts_at, ends_at, lifted_at FROM sanctions WHERE user_id = $1 ORDER BY starts_at`,
    },
  },
  'sanctions.created_by': { reason: STAFF_RECORD },
  'sanctions.lifted_by': { reason: STAFF_RECORD },
  'appeals.user_id': {
    export: {
      section: 'appeals',
      sql: `SELECT text, status, decision_reason, created_at, decided_at FROM appeals WHERE user_id = $1 ORDER BY created_at`,
    },
  },
  'appeals.decided_by': { reason: STAFF_RECORD },
  'crisis_alerts.author_id': {
    export: {
      section: 'crisisAlerts',
      sql: `SELECT categories, status, created_at, acknowledged_at, resolved_at, outcome, note FROM crisis_alerts WHERE author_id = $1 ORDER BY created_at`,
    },
  },
  'care_concerns.person_id': {
    export: {
      section: 'careConcerns',
      sql: `SELECT source, categories, rule, status, created_at, resolved_at, outcome, note FROM care_concerns WHERE person_id = $1 ORDER BY created_at`,
    },
  },
  'care_concerns.taken_by': { reason: STAFF_RECORD },
  'care_concerns.resolved_by': { reason: STAFF_RECORD },
  'crisis_alerts.acknowledged_by': { reason: STAFF_RECORD },
  'crisis_alerts.resolved_by': { reason: STAFF_RECORD },
  'watched_words.created_by': { reason: STAFF_RECORD },
  'settings.updated_by': { reason: STAFF_RECORD },
  'blocks.blocker_id': {
    export: {
      section: 'blocks',
      sql: `SELECT u.display_name AS blocked, b.created_at FROM blocks b JOIN users u ON u.id = b.blocked_id WHERE b.blocker_id = $1 ORDER BY b.created_at`,
    },
  },
  'blocks.blocked_id': { reason: 'who blocked this person is that other person’s private choice' },
  'recovery_codes.user_id': { reason: 'secrets (stored only as hashes); the export says how many are left' },
  'audit_log.actor_id': {
    export: {
      section: 'auditTrail',
      sql: `SELECT at, action, target_type, target_id FROM audit_log WHERE actor_id = $1 OR target_id = $1 ORDER BY id`,
    },
  },
  'audit_log.target_id': { reason: 'exported with audit_log.actor_id (entries by or about the person)' },
};
