import type { CrisisResource } from '../../lib/crisis';
import { request } from '../../lib/api';

export type FlagTarget = 'message' | 'post' | 'thread' | 'user';
export type FlagReason =
  'crisis' | 'harassment' | 'hate' | 'spam' | 'privacy' | 'triggering' | 'misinformation' | 'other';

export function sendFlag(flag: { targetType: FlagTarget; targetId: string; reason: FlagReason; note?: string }) {
  return request<{ id: string; reviewItemId: string }>('/flags', { method: 'POST', body: flag });
}

export interface Blocked {
  userId: string;
  displayName: string;
  since: string;
}

export function listBlocks(signal?: AbortSignal): Promise<Blocked[]> {
  return request<Blocked[]>('/blocks', { signal });
}

export function block(userId: string): Promise<Blocked> {
  return request<Blocked>('/blocks', { method: 'POST', body: { userId } });
}

export function unblock(userId: string): Promise<void> {
  return request<void>(`/blocks/${encodeURIComponent(userId)}`, { method: 'DELETE' });
}

export type { CrisisResource };

export function checkDraft(
  text: string,
  signal?: AbortSignal,
): Promise<{ crisis: boolean; resources: CrisisResource[] }> {
  return request('/safety/check', { method: 'POST', body: { text }, signal });
}

export interface Coverage {
  staffOnDuty: boolean;
  count: number;
}

export function fetchCoverage(signal?: AbortSignal): Promise<Coverage> {
  return request<Coverage>('/staff/duty', { signal });
}

export type AppealState = {
  id: string;
  status: 'open' | 'upheld' | 'overturned';
  decisionReason: string | null;
} | null;

export interface Sanction {
  id: string;
  kind: 'warn' | 'mute' | 'suspend' | 'ban';
  reason: string;
  startsAt: string;
  endsAt: string | null;
  liftedAt: string | null;
  active: boolean;
  appeal: AppealState;
}

export interface Decision {
  reviewItemId: string;
  targetType: string;
  action: string;
  reason: string | null;
  at: string | null;
  appeal: AppealState;
}

export function fetchMyHistory(signal?: AbortSignal): Promise<{ sanctions: Sanction[]; decisions: Decision[] }> {
  return request('/moderation/mine', { signal });
}

export function sendAppeal(about: { reviewItemId: string } | { sanctionId: string }, text: string): Promise<unknown> {
  return request('/appeals', { method: 'POST', body: { ...about, text } });
}
