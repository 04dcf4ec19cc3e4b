import type { CohortMemberView, CohortView, InviteRole, IssuedInvite, StepDownResult } from '@hearth/contract';
import { request } from '../../lib/api';

export interface NewCohort {
  name: string;
  program?: string;
  startsOn?: string;
  endsOn?: string;
}

export interface InviteRequest {
  role: InviteRole;
  maxUses: number;
  expiresInHours: number;
}

export function listCohorts(signal?: AbortSignal): Promise<CohortView[]> {
  return request<CohortView[]>('/cohorts', { signal });
}

export function createCohort(cohort: NewCohort): Promise<CohortView> {
  return request<CohortView>('/cohorts', { method: 'POST', body: cohort });
}

export function listMembers(cohortId: string, signal?: AbortSignal): Promise<CohortMemberView[]> {
  return request<CohortMemberView[]>(`/cohorts/${encodeURIComponent(cohortId)}/members`, { signal });
}

export function issueInvite(cohortId: string, invite: InviteRequest): Promise<IssuedInvite> {
  return request<IssuedInvite>(`/cohorts/${encodeURIComponent(cohortId)}/invites`, { method: 'POST', body: invite });
}

export function stepDown(cohortId: string, userId: string): Promise<StepDownResult> {
  return request(`/cohorts/${encodeURIComponent(cohortId)}/members/${encodeURIComponent(userId)}/step-down`, {
    method: 'POST',
  });
}
