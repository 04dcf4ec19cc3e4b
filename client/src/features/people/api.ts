import type { PersonView, Role, UserRoleView } from '@hearth/contract';
import { request } from '../../lib/api';

/** The admin's directory (reading it is audited on the server). */
export function findPeople(q: string, role: Role | '', signal?: AbortSignal): Promise<PersonView[]> {
  const params = new URLSearchParams();
  if (q) {
    params.set('q', q);
  }
  if (role) {
    params.set('role', role);
  }
  return request<PersonView[]>(`/users?${params.toString()}`, { signal });
}

export function changeRole(id: string, role: Role): Promise<UserRoleView> {
  return request<UserRoleView>(`/users/${encodeURIComponent(id)}/role`, { method: 'PATCH', body: { role } });
}

/** Undoes the person's latest role change (the cohorts they left with it are rejoined). */
export function undoRoleChange(id: string, changeId: string): Promise<UserRoleView> {
  return request<UserRoleView>(`/users/${encodeURIComponent(id)}/role/undo`, { method: 'POST', body: { changeId } });
}
