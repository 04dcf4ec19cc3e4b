import type {
  AppealView,
  BlockedView,
  DutyView,
  FlagReason,
  FlagReceipt,
  MyModerationHistory,
  SafetyCheckResult,
  TargetType,
} from '@hearth/contract';
import { request } from '../../lib/api';

export function sendFlag(flag: { targetType: TargetType; targetId: string; reason: FlagReason; note?: string }) {
  return request<FlagReceipt>('/flags', { method: 'POST', body: flag });
}

export function listBlocks(signal?: AbortSignal): Promise<BlockedView[]> {
  return request<BlockedView[]>('/blocks', { signal });
}

export function block(userId: string): Promise<BlockedView> {
  return request<BlockedView>('/blocks', { method: 'POST', body: { userId } });
}

export function unblock(userId: string): Promise<void> {
  return request<void>(`/blocks/${encodeURIComponent(userId)}`, { method: 'DELETE' });
}

export function checkDraft(text: string, signal?: AbortSignal): Promise<SafetyCheckResult> {
  return request<SafetyCheckResult>('/safety/check', { method: 'POST', body: { text }, signal });
}

export function fetchCoverage(signal?: AbortSignal): Promise<DutyView> {
  return request<DutyView>('/staff/duty', { signal });
}

export function fetchMyHistory(signal?: AbortSignal): Promise<MyModerationHistory> {
  return request<MyModerationHistory>('/moderation/mine', { signal });
}

export function sendAppeal(
  about: { reviewItemId: string } | { sanctionId: string },
  text: string,
): Promise<AppealView> {
  return request<AppealView>('/appeals', { method: 'POST', body: { ...about, text } });
}
