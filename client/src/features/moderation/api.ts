import type {
  AlertDetailView,
  AlertOutcome,
  AlertView,
  ContactView,
  AppealStatus,
  AuditPage,
  DutyView,
  ModerationStats,
  Resolution,
  ReviewHistoryEntry,
  ReviewItemView,
  StaffAppealView,
  TargetType,
  WatchedAction,
  WatchedWordView,
} from '@hearth/contract';
import { request } from '../../lib/api';

export interface Resolve {
  /** One action, or several at once (`actions`, e.g. hide + mute). */
  action?: Resolution;
  actions?: Resolution[];
  reason: string;
  durationMinutes?: number;
  contentWarning?: string;
}

const item = (id: string) => `/moderation/queue/${encodeURIComponent(id)}`;

export function fetchQueue(status: 'pending' | 'resolved', signal?: AbortSignal): Promise<ReviewItemView[]> {
  return request<ReviewItemView[]>(`/moderation/queue?status=${status}&limit=100`, { signal });
}

export function claimItem(id: string): Promise<ReviewItemView> {
  return request<ReviewItemView>(`${item(id)}/claim`, { method: 'POST' });
}

export function resolveItem(id: string, resolve: Resolve): Promise<ReviewItemView> {
  return request<ReviewItemView>(`${item(id)}/resolve`, { method: 'POST', body: resolve });
}

/** Staff act on a message, post, thread or person directly (several actions at once). */
export function actOn(target: { targetType: TargetType; targetId: string }, resolve: Resolve): Promise<ReviewItemView> {
  return request<ReviewItemView>('/moderation/act', {
    method: 'POST',
    body: {
      ...target,
      actions: resolve.actions ?? (resolve.action ? [resolve.action] : []),
      ...withoutActions(resolve),
    },
  });
}

function withoutActions({ reason, durationMinutes, contentWarning }: Resolve) {
  return { reason, durationMinutes, contentWarning };
}

export function fetchHistory(id: string, signal?: AbortSignal): Promise<ReviewHistoryEntry[]> {
  return request<ReviewHistoryEntry[]>(`${item(id)}/history`, { signal });
}

// Crisis alerts

export function fetchAlerts(status: 'active' | 'resolved', signal?: AbortSignal): Promise<AlertView[]> {
  return request<AlertView[]>(`/alerts?status=${status}`, { signal });
}

/** What opens the situation; opening it is recorded in the audit log. */
export function fetchAlert(id: string, signal?: AbortSignal): Promise<AlertDetailView> {
  return request<AlertDetailView>(`/alerts/${encodeURIComponent(id)}`, { signal });
}

/** The phone the program keeps on file for the person an alert is about (audited; 404 for whoever may not see it). */
export function fetchAlertContact(personId: string, alertId: string, signal?: AbortSignal): Promise<ContactView> {
  return request<ContactView>(`/users/${encodeURIComponent(personId)}/contact?alertId=${encodeURIComponent(alertId)}`, {
    signal,
  });
}

export function acknowledgeAlert(id: string): Promise<AlertView> {
  return request<AlertView>(`/alerts/${encodeURIComponent(id)}/ack`, { method: 'POST' });
}

export function resolveAlert(id: string, outcome: AlertOutcome, note: string): Promise<AlertView> {
  return request<AlertView>(`/alerts/${encodeURIComponent(id)}/resolve`, { method: 'POST', body: { outcome, note } });
}

// Dashboard and audit log

export function fetchStats(signal?: AbortSignal): Promise<ModerationStats> {
  return request<ModerationStats>('/moderation/stats', { signal });
}

export function fetchLog(cursor: string | null, signal?: AbortSignal): Promise<AuditPage> {
  const query = cursor ? `?limit=50&cursor=${encodeURIComponent(cursor)}` : '?limit=50';
  return request<AuditPage>(`/moderation/log${query}`, { signal });
}

// Appeals

export function fetchAppeals(status: AppealStatus, signal?: AbortSignal): Promise<StaffAppealView[]> {
  return request<StaffAppealView[]>(`/appeals?status=${status}`, { signal });
}

export function decideAppeal(id: string, outcome: 'upheld' | 'overturned', reason: string): Promise<StaffAppealView> {
  return request<StaffAppealView>(`/appeals/${encodeURIComponent(id)}/decide`, {
    method: 'POST',
    body: { outcome, reason },
  });
}

// Staff duty and watched words

export function fetchDuty(signal?: AbortSignal): Promise<DutyView> {
  return request<DutyView>('/staff/duty', { signal });
}

export function setDuty(onDuty: boolean): Promise<DutyView> {
  return request<DutyView>('/staff/duty', { method: 'PUT', body: { onDuty } });
}

export function fetchWatchedWords(signal?: AbortSignal): Promise<WatchedWordView[]> {
  return request<WatchedWordView[]>('/moderation/watched-words', { signal });
}

export function addWatchedWord(word: {
  term: string;
  isRegex: boolean;
  action: WatchedAction;
}): Promise<WatchedWordView> {
  return request<WatchedWordView>('/moderation/watched-words', { method: 'POST', body: word });
}

export function deleteWatchedWord(id: string): Promise<void> {
  return request<void>(`/moderation/watched-words/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
