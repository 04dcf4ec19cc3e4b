import type { ContentStatus, PersonRef } from './common';

export const TARGET_TYPES = ['message', 'post', 'thread', 'user'] as const;
/** What a flag or review item is about. */
export type TargetType = (typeof TARGET_TYPES)[number];

export const FLAG_REASONS = [
  'crisis',
  'harassment',
  'hate',
  'spam',
  'privacy',
  'triggering',
  'misinformation',
  'other',
] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

/** What a moderator may decide about a review item. */
export const RESOLUTIONS = [
  'dismiss',
  'hide',
  'remove',
  'content_warning',
  'warn',
  'mute',
  'suspend',
  'ban',
  'escalate',
] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** Where an item came from: people's flags, the automatic filters, the crisis detector, a peer mentor's hide, staff acting directly. */
export type ReviewSource = 'flag' | 'filter' | 'crisis' | 'peer_hide' | 'staff';

/** Every report about one target, gathered into one thing to review (staff only). */
export interface ReviewItemView {
  id: string;
  targetType: TargetType;
  targetId: string;
  status: 'open' | 'resolved';
  urgent: boolean;
  score: number;
  reasons: Partial<Record<FlagReason, number>>;
  sources: ReviewSource[];
  autoHidden: boolean;
  escalated: boolean;
  claimedBy: PersonRef | null;
  claimedAt: string | null;
  resolvedBy: PersonRef | null;
  resolvedAt: string | null;
  resolution: Resolution | null;
  /** Every action of the resolution (several at once: hide + mute); `[resolution]` for one. */
  actions: Resolution[];
  resolutionReason: string | null;
  /**
   * The crisis alert this item was raised with (one crisis, one case): resolving
   * either resolves both; deciding the item while the alert is unresolved needs
   * the alert's `outcome`.
   */
  alert: { id: string; status: 'open' | 'acknowledged' | 'resolved' } | null;
  createdAt: string;
  updatedAt: string;
  target: {
    excerpt: string;
    contentWarning: string | null;
    status: ContentStatus | null;
    spaceKind: string | null;
    spaceId: string | null;
    cohortId: string | null;
    author: PersonRef | null;
  };
  flags: { reason: FlagReason; note: string | null; weight: number; createdAt: string; reporter: PersonRef | null }[];
}

/** One step in a review item's history (claimed, resolved, reopened …). */
export interface ReviewHistoryEntry {
  action: string;
  actor: PersonRef | null;
  details: Record<string, unknown>;
  at: string;
}

/** `POST /api/flags`. */
export interface FlagReceipt {
  id: string;
  reviewItemId: string;
}

/** A peer mentor's hide, pending staff review. */
export interface PeerHideResult {
  reviewItemId: string;
  hidden: boolean;
}

/** What a clinical lead reads at a glance (`GET /api/moderation/stats`). */
export interface ModerationStats {
  openAlerts: { id: string; status: string; escalated: boolean; createdAt: string; ageSeconds: number }[];
  /** Median seconds from alert to acknowledgement and to resolution, over the last 7 and 30 days. */
  timeToAcknowledge: { last7Days: number | null; last30Days: number | null };
  timeToResolve: { last7Days: number | null; last30Days: number | null };
  alertsLast30Days: number;
  queueSize: number;
  /** Open review items by flag reason (and by automatic source: filter, crisis, peer_hide). */
  queueByReason: Record<string, number>;
}

/** One entry of the append-only audit log: ids, reasons and outcomes, never message bodies or emails. */
export interface AuditEntryView {
  id: string;
  at: string;
  actor: PersonRef | null;
  action: string;
  /** The person the entry is about (a role change, a sanction), by display name. */
  target: PersonRef | null;
  targetType: string | null;
  targetId: string | null;
  cohortId: string | null;
  details: Record<string, unknown>;
}

export interface AuditPage {
  entries: AuditEntryView[];
  nextCursor: string | null;
}

export const SANCTION_KINDS = ['warn', 'mute', 'suspend', 'ban'] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];

export interface SanctionView {
  id: string;
  /** The review item it resolved, when it came from the queue. */
  reviewItemId: string | null;
  kind: SanctionKind;
  reason: string;
  startsAt: string;
  endsAt: string | null;
  liftedAt: string | null;
  active: boolean;
}

export type AppealStatus = 'open' | 'upheld' | 'overturned';

export interface AppealView {
  id: string;
  status: AppealStatus;
  text: string;
  reviewItemId: string | null;
  sanctionId: string | null;
  createdAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
}

/** An appeal as the staff who decide it see it: whose it is, and what was decided originally. */
export interface StaffAppealView extends AppealView {
  user: PersonRef;
  original: { action: string; reason: string | null; by: PersonRef | null };
}

/** Where the person's appeal of a decision stands, if they made one. */
export type AppealState = { id: string; status: AppealStatus; decisionReason: string | null } | null;

/** A decision about the caller's content. */
export interface ModerationDecision {
  reviewItemId: string;
  targetType: string;
  action: string;
  reason: string | null;
  at: string | null;
  appeal: AppealState;
}

/** `GET /api/moderation/mine`: what was decided about the caller, and their appeals. */
/**
 * `POST /api/auth/standing`: a suspended or banned person, identified by their
 * credentials (they have no session), learns why, until when, and whether an
 * appeal is open. No session is issued.
 */
export interface SanctionStanding {
  status: 'suspended' | 'banned';
  /** When a suspension ends; null for a ban or an open-ended suspension. */
  until: string | null;
  /** The sanction in force, to appeal (null if none is on record). */
  sanction: (SanctionView & { appeal: AppealState }) | null;
}

export interface MyModerationHistory {
  sanctions: (SanctionView & { appeal: AppealState })[];
  decisions: ModerationDecision[];
}

/** Someone the caller blocked. */
export interface BlockedView {
  userId: string;
  displayName: string;
  since: string;
}

export const WATCHED_ACTIONS = ['block', 'require_approval', 'flag', 'censor'] as const;
export type WatchedAction = (typeof WATCHED_ACTIONS)[number];

export interface WatchedWordView {
  id: string;
  term: string;
  isRegex: boolean;
  action: WatchedAction;
  createdAt: string;
}

/** Staff coverage (`GET/PUT /api/staff/duty`). */
export interface DutyView {
  /** The caller's own status (staff only; false for others). */
  onDuty: boolean;
  /** Whether anyone who looks after the caller's spaces is on duty now. */
  staffOnDuty: boolean;
  count: number;
  /** Who is on duty, by display name and role: shown to staff only. */
  staff?: { displayName: string; role: string; since: string }[];
}

/** Told to the sanctioned person at once (`sanction`); suspend and ban then close their sockets. */
export interface SanctionNotice {
  kind: SanctionKind;
  /** When a mute or suspension ends; null for warnings, bans and open-ended ones. */
  until: string | null;
  reason: string;
}

/** `moderation:notice`: the author learns what and why; reporters only that their report was handled. */
export type ModerationNotice =
  | {
      kind: 'decision';
      action: string;
      summary: string;
      reason: string;
      until: string | null;
      reviewItemId: string | null;
    }
  | { kind: 'report_handled'; summary: string };
