/** What the server's codes mean, in the plain words staff read on screen. */
import type {
  AlertCategory,
  AlertOutcome,
  AuditEntryView,
  FlagReason,
  Resolution,
  ReviewSource,
  TargetType,
  WatchedAction,
} from '@hearth/contract';

export const REASON_WORDS: Record<FlagReason, string> = {
  crisis: 'Someone may be in danger',
  harassment: 'Harassment',
  hate: 'Hate',
  spam: 'Spam',
  privacy: 'Personal details',
  triggering: 'Graphic or upsetting detail',
  misinformation: 'Harmful advice',
  other: 'Other',
};

export const SOURCE_WORDS: Record<ReviewSource, string> = {
  flag: 'Reported by people',
  filter: 'Automatic filter',
  crisis: 'Crisis detector',
  peer_hide: 'Hidden by a peer mentor',
  staff: 'Staff acted directly',
};

/** Queue-by-reason keys are flag reasons and automatic sources alike. */
export function reasonOrSource(key: string): string {
  return REASON_WORDS[key as FlagReason] ?? SOURCE_WORDS[key as ReviewSource] ?? key;
}

export const TARGET_WORDS: Record<TargetType, string> = {
  message: 'Chat message',
  post: 'Forum post',
  thread: 'Forum thread',
  user: 'Person',
};

export const RESOLUTION_WORDS: Record<Resolution, string> = {
  dismiss: 'Dismissed: no action needed',
  hide: 'Hidden',
  remove: 'Removed',
  content_warning: 'Content warning added',
  warn: 'Warned',
  mute: 'Muted',
  suspend: 'Suspended',
  ban: 'Banned',
  escalate: 'Escalated',
};

export const CATEGORY_WORDS: Record<AlertCategory, string> = {
  suicidal_ideation: 'Thoughts of suicide',
  self_harm: 'Self-harm',
  overdose: 'Overdose risk',
  harm_to_others: 'Harm to others',
};

export const OUTCOME_WORDS: Record<AlertOutcome, string> = {
  reached_out: 'I reached out',
  contacted_emergency_services: 'Contacted emergency services',
  no_action_needed: 'No action needed',
};

export const WATCHED_ACTION_WORDS: Record<WatchedAction, { label: string; description: string }> = {
  block: { label: 'Block', description: 'refuse the message and tell the author' },
  require_approval: { label: 'Require approval', description: 'hold until a moderator approves' },
  flag: { label: 'Flag', description: 'publish and add to the review queue' },
  censor: { label: 'Censor', description: 'publish with the word replaced by ***' },
};

/** Audit log actions in words; anything not listed is shown as recorded. */
const LOG_WORDS: Record<string, string> = {
  'moderation.dismiss': 'Dismissed a report',
  'moderation.hide': 'Hid content',
  'moderation.remove': 'Removed content',
  'moderation.content_warning': 'Added a content warning',
  'moderation.warn': 'Warned',
  'moderation.mute': 'Muted',
  'moderation.suspend': 'Suspended',
  'moderation.ban': 'Banned',
  'moderation.escalate': 'Escalated a report',
  'moderation.hidden_pending_review': 'Hid content pending review',
  'sanction.warn': 'Warning recorded',
  'sanction.mute': 'Mute started',
  'sanction.suspend': 'Suspension started',
  'sanction.ban': 'Ban started',
  'sanction.lifted': 'Lifted a restriction',
  'crisis.acknowledged': 'Acknowledged a crisis alert',
  'crisis.resolved': 'Recorded a crisis outcome',
  'crisis.escalated': 'Crisis alert escalated (not acknowledged in time)',
  'appeal.created': 'Appealed a decision',
  'appeal.upheld': 'Upheld an appeal',
  'appeal.overturned': 'Overturned an appeal',
  'staff.on_duty': 'Went on duty',
  'staff.off_duty': 'Went off duty',
  'user.registered': 'Joined',
  'user.role_changed': 'Changed a role',
  'user.role_change_undone': 'Undid a role change',
  'user.private_data_viewed': 'Viewed private details',
  'cohort.created': 'Created a cohort',
  'cohort.members_private_viewed': "Viewed members' private details",
  'invite.issued': 'Issued an invite',
  'invite.spent_on_taken_email': 'An invite use went on an email that already has an account',
  'member.stepped_down': 'Stepped a member down',
  'settings.changed': 'Changed program settings',
  'watched_word.added': 'Added a watched word',
  'watched_word.removed': 'Removed a watched word',
  'forum.post_edited': 'Edited a forum post',
  'forum.post_removed': 'Removed a forum post',
  'forum.thread_edited': 'Changed a forum thread',
  'forum.thread_removed': 'Removed a forum thread',
  'forum.thread_flags': 'Pinned, unpinned, locked or unlocked a thread',
  'mfa.enabled': 'Turned on two-step sign-in',
  'mfa.recovery_codes_regenerated': 'Made new recovery codes',
  'session.token_reuse_detected': 'Ended a session: an old sign-in token was reused',
  'admin.bootstrapped': 'Created the first admin',
};

/** Several actions in one phrase, for a button or a notice: "Hide and mute". */
const ACTION_VERBS: Record<Resolution, string> = {
  dismiss: 'dismiss',
  hide: 'hide',
  remove: 'remove',
  content_warning: 'add a content warning',
  warn: 'warn',
  mute: 'mute',
  suspend: 'suspend',
  ban: 'ban',
  escalate: 'escalate',
};

export function actionsSummary(actions: readonly Resolution[]): string {
  const phrase = actions.map((a) => ACTION_VERBS[a]).join(' and ');
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** What the resolution did, in words: "Hidden, Muted". */
export function resolutionWords(actions: readonly Resolution[]): string {
  return actions.map((a, i) => (i === 0 ? RESOLUTION_WORDS[a] : RESOLUTION_WORDS[a].toLowerCase())).join(' and ');
}

export function logActionWords(action: string): string {
  return LOG_WORDS[action] ?? action;
}

const ROLE_NAMES: Record<string, string> = {
  member: 'member',
  alumni: 'alumni',
  peer_mentor: 'peer mentor',
  clinician: 'clinician',
  moderator: 'moderator',
  admin: 'admin',
};

/** An entry as a sentence where it helps: "Changed Sam’s role: member → moderator". */
export function logEntryWords(entry: Pick<AuditEntryView, 'action' | 'target' | 'details'>): string {
  const from = ROLE_NAMES[String(entry.details.from)] ?? entry.details.from;
  const to = ROLE_NAMES[String(entry.details.to)] ?? entry.details.to;
  const name = entry.target?.displayName ?? 'someone';
  if (entry.action === 'user.role_changed' && from && to) {
    return `Changed ${name}’s role: ${String(from)} → ${String(to)}`;
  }
  if (entry.action === 'user.role_change_undone' && from && to) {
    return `Undid a role change: ${name} is ${String(to)} again (${String(from)} → ${String(to)})`;
  }
  if (entry.action === 'member.stepped_down') {
    return `Stepped ${name} down${entry.details.role === 'alumni' ? ' to alumni' : ''}`;
  }
  return logActionWords(entry.action);
}

export function duration(minutes: number): string {
  if (minutes % 1440 === 0) {
    const days = minutes / 1440;
    return days === 1 ? '24 h' : `${days} days`;
  }
  if (minutes % 60 === 0) {
    return `${minutes / 60} h`;
  }
  return `${minutes} min`;
}
