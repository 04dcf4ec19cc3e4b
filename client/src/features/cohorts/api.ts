import { request } from '../../lib/api';
import type { Role } from '../../lib/auth';

export type Membership = 'member' | 'facilitator';
export type InviteRole = 'member' | 'alumni' | 'clinician' | 'moderator' | 'admin';

export interface Cohort {
  id: string;
  name: string;
  program: string | null;
  startsOn: string | null;
  endsOn: string | null;
  createdAt: string;
  memberCount: number;
  /** The caller's own place in the cohort, if any. */
  membership: Membership | null;
}

export interface NewCohort {
  name: string;
  program?: string;
  startsOn?: string;
  endsOn?: string;
}

export interface CohortMember {
  id: string;
  displayName: string;
  role: Role;
  membership: Membership;
  joinedAt: string;
  email?: string;
  legalName?: string | null;
}

export interface InviteRequest {
  role: InviteRole;
  maxUses: number;
  expiresInHours: number;
}

export interface Invite {
  code: string;
  expiresAt: string;
  role: InviteRole;
  maxUses: number;
}

export function listCohorts(signal?: AbortSignal): Promise<Cohort[]> {
  return request<Cohort[]>('/cohorts', { signal });
}

export function createCohort(cohort: NewCohort): Promise<{ id: string }> {
  return request<{ id: string }>('/cohorts', { method: 'POST', body: cohort });
}

export function listMembers(cohortId: string, signal?: AbortSignal): Promise<CohortMember[]> {
  return request<CohortMember[]>(`/cohorts/${encodeURIComponent(cohortId)}/members`, { signal });
}

export function issueInvite(cohortId: string, invite: InviteRequest): Promise<Invite> {
  return request<Invite>(`/cohorts/${encodeURIComponent(cohortId)}/invites`, { method: 'POST', body: invite });
}

export function stepDown(cohortId: string, userId: string): Promise<{ userId: string; role: Role }> {
  return request(`/cohorts/${encodeURIComponent(cohortId)}/members/${encodeURIComponent(userId)}/step-down`, {
    method: 'POST',
  });
}
