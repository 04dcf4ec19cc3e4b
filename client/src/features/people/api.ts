import { request } from '../../lib/api';

export type Role = 'member' | 'alumni' | 'peer_mentor' | 'clinician' | 'moderator' | 'admin';
export const ROLES: Role[] = ['member', 'alumni', 'peer_mentor', 'clinician', 'moderator', 'admin'];

export interface PersonRow {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  status: string;
  createdAt: string;
  mfaEnabled: boolean;
}

/** The admin's directory (reading it is audited on the server). */
export function findPeople(q: string, role: Role | '', signal?: AbortSignal): Promise<PersonRow[]> {
  const params = new URLSearchParams();
  if (q) {
    params.set('q', q);
  }
  if (role) {
    params.set('role', role);
  }
  return request<PersonRow[]>(`/users?${params.toString()}`, { signal });
}

export function changeRole(id: string, role: Role): Promise<unknown> {
  return request(`/users/${id}/role`, { method: 'PATCH', body: { role } });
}
