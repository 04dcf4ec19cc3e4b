import { request } from '../../lib/api';

export interface PersonRef {
  id: string;
  displayName: string;
}

export type TargetType = 'message' | 'post' | 'thread' | 'user';
export type FlagReason =
  'crisis' | 'harassment' | 'hate' | 'spam' | 'privacy' | 'triggering' | 'misinformation' | 'other';
export type ReviewSource = 'flag' | 'filter' | 'crisis' | 'peer_hide';
export type Resolution =
  'dismiss' | 'hide' | 'remove' | 'content_warning' | 'warn' | 'mute' | 'suspend' | 'ban' | 'escalate';

export interface ReviewItem {
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
  resolutionReason: string | null;
  createdAt: string;
  updatedAt: string;
  target: {
    excerpt: string;
    contentWarning: string | null;
    status: 'visible' | 'pending' | 'hidden' | 'removed' | null;
    spaceKind: string | null;
    spaceId: string | null;
    cohortId: string | null;
    author: PersonRef | null;
  };
  flags: { reason: FlagReason; note: string | null; weight: number; createdAt: string; reporter: PersonRef | null }[];
}

export interface Resolve {
  action: Resolution;
  reason: string;
  durationMinutes?: number;
  contentWarning?: string;
}

export interface HistoryEvent {
  action: string;
  actor: PersonRef | null;
  details: Record<string, unknown>;
  at: string;
}

const item = (id: string) => `/moderation/queue/${encodeURIComponent(id)}`;

export function fetchQueue(status: 'pending' | 'resolved', signal?: AbortSignal): Promise<ReviewItem[]> {
  return request<ReviewItem[]>(`/moderation/queue?status=${status}&limit=100`, { signal });
}

export function claimItem(id: string): Promise<ReviewItem> {
  return request<ReviewItem>(`${item(id)}/claim`, { method: 'POST' });
}

export function resolveItem(id: string, resolve: Resolve): Promise<ReviewItem> {
  return request<ReviewItem>(`${item(id)}/resolve`, { method: 'POST', body: resolve });
}

export function fetchHistory(id: string, signal?: AbortSignal): Promise<HistoryEvent[]> {
  return request<HistoryEvent[]>(`${item(id)}/history`, { signal });
}

// Crisis alerts

export type AlertCategory = 'suicidal_ideation' | 'self_harm' | 'overdose' | 'harm_to_others';
export type AlertOutcome = 'reached_out' | 'contacted_emergency_services' | 'no_action_needed';

export interface Alert {
  id: string;
  status: 'open' | 'acknowledged' | 'resolved';
  categories: AlertCategory[];
  createdAt: string;
  escalateAt: string;
  escalated: boolean;
  escalatedAt: string | null;
  acknowledgedBy: PersonRef | null;
  acknowledgedAt: string | null;
  resolvedBy: PersonRef | null;
  resolvedAt: string | null;
  outcome: AlertOutcome | null;
  note: string | null;
  author: PersonRef | null;
  target: {
    type: string;
    id: string;
    cohortId: string | null;
    spaceKind: string | null;
    spaceId: string | null;
    excerpt: string;
  };
}

export function fetchAlerts(status: 'active' | 'resolved', signal?: AbortSignal): Promise<Alert[]> {
  return request<Alert[]>(`/alerts?status=${status}`, { signal });
}

export function acknowledgeAlert(id: string): Promise<Alert> {
  return request<Alert>(`/alerts/${encodeURIComponent(id)}/ack`, { method: 'POST' });
}

export function resolveAlert(id: string, outcome: AlertOutcome, note: string): Promise<Alert> {
  return request<Alert>(`/alerts/${encodeURIComponent(id)}/resolve`, { method: 'POST', body: { outcome, note } });
}

// Dashboard and audit log

export interface Medians {
  last7Days: number | null;
  last30Days: number | null;
}

export interface Stats {
  openAlerts: { id: string; status: string; escalated: boolean; createdAt: string; ageSeconds: number }[];
  timeToAcknowledge: Medians;
  timeToResolve: Medians;
  alertsLast30Days: number;
  queueSize: number;
  queueByReason: Record<string, number>;
}

export function fetchStats(signal?: AbortSignal): Promise<Stats> {
  return request<Stats>('/moderation/stats', { signal });
}

export interface LogEntry {
  id: string;
  at: string;
  actor: PersonRef | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  cohortId: string | null;
  details: Record<string, unknown>;
}

export function fetchLog(
  cursor: string | null,
  signal?: AbortSignal,
): Promise<{ entries: LogEntry[]; nextCursor: string | null }> {
  const query = cursor ? `?limit=50&cursor=${encodeURIComponent(cursor)}` : '?limit=50';
  return request(`/moderation/log${query}`, { signal });
}

// Appeals

export type AppealStatus = 'open' | 'upheld' | 'overturned';

export interface Appeal {
  id: string;
  status: AppealStatus;
  text: string;
  reviewItemId: string | null;
  sanctionId: string | null;
  createdAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
  user: PersonRef;
  original: { action: string; reason: string | null; by: { id: string; displayName: string } | null };
}

export function fetchAppeals(status: AppealStatus, signal?: AbortSignal): Promise<Appeal[]> {
  return request<Appeal[]>(`/appeals?status=${status}`, { signal });
}

export function decideAppeal(id: string, outcome: 'upheld' | 'overturned', reason: string): Promise<Appeal> {
  return request<Appeal>(`/appeals/${encodeURIComponent(id)}/decide`, { method: 'POST', body: { outcome, reason } });
}

// Staff duty and watched words

export interface Duty {
  onDuty: boolean;
  staffOnDuty: boolean;
  count: number;
  staff?: { displayName: string; role: string; since: string }[];
}

export function fetchDuty(signal?: AbortSignal): Promise<Duty> {
  return request<Duty>('/staff/duty', { signal });
}

export function setDuty(onDuty: boolean): Promise<Duty> {
  return request<Duty>('/staff/duty', { method: 'PUT', body: { onDuty } });
}

export type WatchedAction = 'block' | 'require_approval' | 'flag' | 'censor';

export interface WatchedWord {
  id: string;
  term: string;
  isRegex: boolean;
  action: WatchedAction;
  createdAt: string;
}

export function fetchWatchedWords(signal?: AbortSignal): Promise<WatchedWord[]> {
  return request<WatchedWord[]>('/moderation/watched-words', { signal });
}

export function addWatchedWord(word: { term: string; isRegex: boolean; action: WatchedAction }): Promise<WatchedWord> {
  return request<WatchedWord>('/moderation/watched-words', { method: 'POST', body: word });
}

export function deleteWatchedWord(id: string): Promise<void> {
  return request<void>(`/moderation/watched-words/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
