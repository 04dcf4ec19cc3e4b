import type {
  AccountExport,
  CareStaffView,
  ContactView,
  IssuedResetCode,
  ProgramSettings,
  RecoveryCodes,
  RedeemResult,
  SessionView,
  TotpSetup,
  UserSummary,
} from '@hearth/contract';
import { request } from '../../lib/api';

/** My own account: second factor, sessions, my data. */

export function startTotpSetup(): Promise<TotpSetup> {
  return request<TotpSetup>('/me/totp/setup', { method: 'POST' });
}

export function enableTotp(code: string): Promise<RecoveryCodes> {
  return request('/me/totp/enable', { method: 'POST', body: { code } });
}

export function newRecoveryCodes(code: string): Promise<RecoveryCodes> {
  return request('/me/totp/recovery-codes', { method: 'POST', body: { code } });
}

export function disableTotp(code: string): Promise<void> {
  return request<void>('/me/totp', { method: 'DELETE', body: { code } });
}

export function listSessions(signal?: AbortSignal): Promise<SessionView[]> {
  return request<SessionView[]>('/me/sessions', { signal });
}

export function endSession(id: string): Promise<void> {
  return request<void>(`/me/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function endOtherSessions(): Promise<void> {
  return request<void>('/me/sessions?includeCurrent=false', { method: 'DELETE' });
}

export function exportMyData(): Promise<AccountExport> {
  return request<AccountExport>('/me/export');
}

export function fetchMyContact(signal?: AbortSignal): Promise<ContactView> {
  return request<ContactView>('/me/contact', { signal });
}

export function saveMyContact(phone: string | null): Promise<void> {
  return request<void>('/me/contact', { method: 'PUT', body: { phone } });
}

/** Reading someone else's phone is recorded in the audit log. */
export function fetchPersonContact(userId: string, signal?: AbortSignal): Promise<ContactView> {
  return request<ContactView>(`/users/${encodeURIComponent(userId)}/contact`, { signal });
}

export function savePersonContact(userId: string, phone: string | null): Promise<void> {
  return request<void>(`/users/${encodeURIComponent(userId)}/contact`, { method: 'PUT', body: { phone } });
}

export function deleteMyAccount(password: string, purgeContent: boolean): Promise<void> {
  return request<void>('/me', { method: 'DELETE', body: { password, purgeContent } });
}

/** Admins, acting on a person's request (audited on the server). */

export function fetchCareStaff(signal?: AbortSignal): Promise<CareStaffView[]> {
  return request<CareStaffView[]>('/admin/settings/care-staff', { signal });
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

/** Passwords, display name and returning to a group (issue 18). */

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return request<void>('/me/password', { method: 'POST', body: { currentPassword, newPassword } });
}

export function renameMe(displayName: string): Promise<UserSummary> {
  return request<UserSummary>('/me', { method: 'PATCH', body: { displayName } });
}

export function redeemInvite(code: string): Promise<RedeemResult> {
  return request<RedeemResult>('/invites/redeem', { method: 'POST', body: { code } });
}

/** Staff: a single-use code to hand over in person (audited on the server). */
export function issueResetCode(userId: string): Promise<IssuedResetCode> {
  return request<IssuedResetCode>(`/users/${encodeURIComponent(userId)}/password-reset`, { method: 'POST' });
}
