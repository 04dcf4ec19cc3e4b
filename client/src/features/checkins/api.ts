import type {
  CheckinInput,
  CheckinSaved,
  CheckinView,
  CohortCheckins,
  ConcernView,
  PersonCheckins,
} from '@hearth/contract';
import { request } from '../../lib/api';

export function saveCheckin(input: CheckinInput): Promise<CheckinSaved> {
  return request<CheckinSaved>('/checkins', { method: 'POST', body: input });
}

export function myCheckins(days: number, signal?: AbortSignal): Promise<CheckinView[]> {
  return request<CheckinView[]>(`/checkins/me?days=${days}`, { signal });
}

export function cohortCheckins(cohortId: string, days: number, signal?: AbortSignal): Promise<CohortCheckins> {
  return request<CohortCheckins>(`/cohorts/${encodeURIComponent(cohortId)}/checkins?days=${days}`, { signal });
}

export function personCheckins(userId: string, days: number, signal?: AbortSignal): Promise<PersonCheckins> {
  return request<PersonCheckins>(`/users/${encodeURIComponent(userId)}/checkins?days=${days}`, { signal });
}

/** The care team's open concerns (the check-in patterns among them are shown on the cohort page). */
export function openConcerns(signal?: AbortSignal): Promise<ConcernView[]> {
  return request<ConcernView[]>('/concerns', { signal });
}
