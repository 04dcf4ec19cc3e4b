import type { Type } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { AuditRepository } from '../audit/audit.repository';
import { PasswordResetsRepository } from '../auth/password-resets.repository';
import { RecoveryCodesRepository } from '../auth/recovery-codes.repository';
import { SessionsRepository } from '../auth/sessions.repository';
import { BlocksPersonalDataRepository } from '../blocks/blocks-personal-data.repository';
import { ConcernsRepository } from '../care/concerns.repository';
import { CheckinsRepository } from '../checkins/checkins.repository';
import { CareLinesRepository } from '../care-lines/care-lines.repository';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { ConsentRepository } from '../consent/consent.repository';
import { ContactRepository } from '../contact/contact.repository';
import { CrisisPersonalDataRepository } from '../crisis/crisis-personal-data.repository';
import { PostsRepository } from '../forums/posts.repository';
import { ThreadsRepository } from '../forums/threads.repository';
import { ModerationPersonalDataRepository } from '../moderation/moderation-personal-data.repository';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { MessagesRepository } from '../rooms/messages.repository';
import { RoomsRepository } from '../rooms/rooms.repository';
import { SanctionsPersonalDataRepository } from '../sanctions/sanctions-personal-data.repository';

/**
 * What a feature's repository answers for a person's data in its own tables.
 * Deletion runs every owner's `eraseFor`, then, when the person asks for their
 * words to be purged, every `purgeFor`, all in one transaction.
 */
export interface PersonalDataOwner {
  /** The person's rows, by export section: the sections the list names for this owner's columns. */
  exportFor?(userId: string, tx?: Tx): Promise<Record<string, unknown[]>>;
  /** Erases what identifies the person or links them to others. */
  eraseFor?(userId: string, tx: Tx): Promise<void>;
  /** Replaces the person's words, keeping the conversations' shape. */
  purgeFor?(userId: string, tx: Tx): Promise<void>;
}

/**
 * Every column that points at a person, and what Hearth does with it when that
 * person exports or deletes their data. A test compares this map with the
 * database: a new column referencing users fails it until it is listed here.
 *
 * - `owner`: the repository of the column's table, which exports it and erases it.
 * - `export`: the export's section holding the rows this column points at.
 * - `reason`: why the column is not exported (others' privacy, staff records, secrets).
 */
export interface PersonalDataColumn {
  owner?: Type<PersonalDataOwner>;
  export?: string;
  reason?: string;
}

const STAFF_RECORD = 'a record of staff work for the program, not data about the person';

export const PERSONAL_DATA: Record<string, PersonalDataColumn> = {
  'consents.user_id': { owner: ConsentRepository, export: 'consents' },
  'cohort_memberships.user_id': { owner: CohortsRepository, export: 'groups' },
  'cohort_memberships.left_by': { reason: STAFF_RECORD },
  'contact_details.user_id': { owner: ContactRepository, export: 'contact' },
  'cohorts.created_by': { reason: STAFF_RECORD },
  'invites.created_by': { reason: STAFF_RECORD },
  'refresh_tokens.user_id': { owner: SessionsRepository, export: 'sessions' },
  'threads.author_id': { owner: ThreadsRepository, export: 'threads' },
  'threads.removed_by': { reason: STAFF_RECORD },
  'posts.author_id': { owner: PostsRepository, export: 'posts' },
  'posts.removed_by': { reason: STAFF_RECORD },
  'post_edits.editor_id': { owner: ThreadsRepository, export: 'edits' },
  'post_reactions.user_id': { owner: PostsRepository, export: 'reactions' },
  'thread_reactions.user_id': { owner: PostsRepository, export: 'threadReactions' },
  'messages.author_id': { owner: MessagesRepository, export: 'messages' },
  'messages.removed_by': {
    reason: 'who took a message down: the author (their messages are exported with their status) or staff',
  },
  'message_edits.editor_id': { owner: MessagesRepository, export: 'messageEdits' },
  'room_reads.user_id': { owner: RoomsRepository, export: 'readMarkers' },
  'notifications.user_id': { owner: NotificationsRepository, export: 'notifications' },
  'notifications.actor_id': { reason: "other people's notifications about something this person wrote" },
  'review_items.author_id': { owner: ModerationPersonalDataRepository, export: 'moderationDecisions' },
  'review_items.claimed_by': { reason: STAFF_RECORD },
  'review_items.resolved_by': { reason: STAFF_RECORD },
  'flags.reporter_id': { owner: ModerationPersonalDataRepository, export: 'reportsFiled' },
  'review_events.actor_id': { reason: 'moderation steps; the person’s own reports are exported as reportsFiled' },
  'sanctions.user_id': { owner: SanctionsPersonalDataRepository, export: 'sanctions' },
  'sanctions.created_by': { reason: STAFF_RECORD },
  'sanctions.lifted_by': { reason: STAFF_RECORD },
  'appeals.user_id': { owner: ModerationPersonalDataRepository, export: 'appeals' },
  'appeals.decided_by': { reason: STAFF_RECORD },
  'crisis_alerts.author_id': { owner: CrisisPersonalDataRepository, export: 'crisisAlerts' },
  'care_concerns.person_id': { owner: ConcernsRepository, export: 'careConcerns' },
  'care_concerns.taken_by': { reason: STAFF_RECORD },
  'checkins.user_id': { owner: CheckinsRepository, export: 'checkins' },
  'checkin_episodes.user_id': {
    owner: CheckinsRepository,
    reason: 'early-warning state; the concerns it raised are exported as careConcerns',
  },
  'care_lines.member_id': { owner: CareLinesRepository, export: 'careLine' },
  'care_lines.opened_by': { reason: 'who opened the line: the member themself, or their care team (a staff record)' },
  'care_line_contexts.opened_by': { reason: STAFF_RECORD },
  'care_concerns.resolved_by': { reason: STAFF_RECORD },
  'crisis_alerts.acknowledged_by': { reason: STAFF_RECORD },
  'crisis_alerts.resolved_by': { reason: STAFF_RECORD },
  'watched_words.created_by': { reason: STAFF_RECORD },
  'settings.updated_by': { reason: STAFF_RECORD },
  'blocks.blocker_id': { owner: BlocksPersonalDataRepository, export: 'blocks' },
  'blocks.blocked_id': {
    owner: BlocksPersonalDataRepository,
    reason: 'who blocked this person is that other person’s private choice',
  },
  'recovery_codes.user_id': {
    owner: RecoveryCodesRepository,
    reason: 'secrets (stored only as hashes); the export says how many are left',
  },
  'password_reset_codes.user_id': {
    owner: PasswordResetsRepository,
    reason: 'secrets (stored only as hashes), valid a day; issuing and using one is in the audit trail',
  },
  'password_reset_codes.created_by': { reason: STAFF_RECORD },
  'audit_log.actor_id': { owner: AuditRepository, export: 'auditTrail' },
  'audit_log.target_id': { reason: 'exported with audit_log.actor_id (entries by or about the person)' },
};
