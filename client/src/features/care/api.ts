import type { CareLineRef, CareLineView, ConcernOutcome, ConcernView, WaitingCareLine } from '@hearth/contract';
import { request } from '../../lib/api';

const id = encodeURIComponent;

/** The caller's own line, opened if needed. */
export const myCareLine = (signal?: AbortSignal) => request<CareLineView>('/care-lines/mine', { signal });

export const getCareLine = (roomId: string, signal?: AbortSignal) =>
  request<CareLineView>(`/care-lines/${id(roomId)}`, { signal });

export const waitingCareLines = (signal?: AbortSignal) =>
  request<WaitingCareLine[]>('/care-lines?waiting=true', { signal });

/** Staff: a member's line, with what it is opened from attached. */
export const openCareLineFor = (memberId: string, context: { alertId?: string; reviewItemId?: string } = {}) =>
  request<CareLineRef>('/care-lines', { method: 'POST', body: { memberId, ...context } });

/** The care team's concerns: `active` (open and taken, the default) or `resolved`. */
export const listConcerns = (status: 'active' | 'resolved', signal?: AbortSignal) =>
  request<ConcernView[]>(`/concerns?status=${status}`, { signal });

export const takeConcern = (concernId: string) =>
  request<ConcernView>(`/concerns/${id(concernId)}/take`, { method: 'POST' });

export const resolveConcern = (concernId: string, outcome: ConcernOutcome, note: string) =>
  request<ConcernView>(`/concerns/${id(concernId)}/resolve`, { method: 'POST', body: { outcome, note } });
