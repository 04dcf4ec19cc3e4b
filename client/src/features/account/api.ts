import { request } from '../../lib/api';
import type { CrisisResource } from '../../lib/crisis';

/** My own account: second factor, sessions, my data. */

export interface TotpSetup {
  secret: string;
  otpauthUri: string;
}

export function startTotpSetup(): Promise<TotpSetup> {
  return request<TotpSetup>('/me/totp/setup', { method: 'POST' });
}

export function enableTotp(code: string): Promise<{ recoveryCodes: string[] }> {
  return request('/me/totp/enable', { method: 'POST', body: { code } });
}

export function newRecoveryCodes(code: string): Promise<{ recoveryCodes: string[] }> {
  return request('/me/totp/recovery-codes', { method: 'POST', body: { code } });
}

export function disableTotp(code: string): Promise<void> {
  return request<void>('/me/totp', { method: 'DELETE', body: { code } });
}

export interface Session {
  id: string;
  device: string;
  startedAt: string;
  lastUsedAt: string;
  current: boolean;
}

export function listSessions(signal?: AbortSignal): Promise<Session[]> {
  return request<Session[]>('/me/sessions', { signal });
}

export function endSession(id: string): Promise<void> {
  return request<void>(`/me/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function endOtherSessions(): Promise<void> {
  return request<void>('/me/sessions?includeCurrent=false', { method: 'DELETE' });
}

export interface AccountExport {
  format: string;
  exportedAt: string;
  profile: { id: string; email: string; displayName: string };
  [section: string]: unknown;
}

export function exportMyData(): Promise<AccountExport> {
  return request<AccountExport>('/me/export');
}

/** The phone the program keeps on file, for the care team to reach someone in a crisis. */
export interface ContactPhone {
  phone: string | null;
  updatedAt: string | null;
}

export function fetchMyContact(signal?: AbortSignal): Promise<ContactPhone> {
  return request<ContactPhone>('/me/contact', { signal });
}

export function saveMyContact(phone: string | null): Promise<void> {
  return request<void>('/me/contact', { method: 'PUT', body: { phone } });
}

/** Reading someone else's phone is recorded in the audit log. */
export function fetchPersonContact(userId: string, signal?: AbortSignal): Promise<ContactPhone> {
  return request<ContactPhone>(`/users/${encodeURIComponent(userId)}/contact`, { signal });
}

export function savePersonContact(userId: string, phone: string | null): Promise<void> {
  return request<void>(`/users/${encodeURIComponent(userId)}/contact`, { method: 'PUT', body: { phone } });
}

export function deleteMyAccount(password: string, purgeContent: boolean): Promise<void> {
  return request<void>('/me', { method: 'DELETE', body: { password, purgeContent } });
}

/** Admins, acting on a person's request (audited on the server). */

export interface ProgramSettings {
  staffMfaRequired: boolean;
  crisisResources: CrisisResource[];
  timeZone: string;
  /** Staff ids; empty: the program's admins. */
  alumniCareTeam: string[];
  careAnswerMinutes: number;
}

export interface CareStaff {
  id: string;
  displayName: string;
  role: 'clinician' | 'admin';
}

export function fetchCareStaff(signal?: AbortSignal): Promise<CareStaff[]> {
  return request<CareStaff[]>('/admin/settings/care-staff', { signal });
}

export function fetchSettings(signal?: AbortSignal): Promise<ProgramSettings> {
  return request<ProgramSettings>('/admin/settings', { signal });
}

export function saveSettings(changes: Partial<ProgramSettings>): Promise<ProgramSettings> {
  return request<ProgramSettings>('/admin/settings', { method: 'PUT', body: changes });
}

export function resetSecondFactor(userId: string): Promise<void> {
  return request<void>(`/users/${encodeURIComponent(userId)}/totp`, { method: 'DELETE' });
}

export function exportPersonData(userId: string): Promise<AccountExport> {
  return request<AccountExport>(`/users/${encodeURIComponent(userId)}/export`);
}

export function deletePersonAccount(userId: string, reason: string, purgeContent: boolean): Promise<void> {
  return request<void>(`/users/${encodeURIComponent(userId)}`, { method: 'DELETE', body: { reason, purgeContent } });
}
