import type { AppealView, InvitePreview, SanctionStanding, Terms, TermsAudience } from '@hearth/contract';
import { request } from '../../lib/api';

export function fetchTerms(audience: TermsAudience, signal?: AbortSignal): Promise<Terms> {
  return request<Terms>(`/terms?audience=${audience}`, { signal, auth: false });
}

export function acceptTerms(version: string): Promise<void> {
  return request<void>('/terms/accept', { method: 'POST', body: { version } });
}

/** Which terms and group an invite code is for, without using it. */
export function previewInvite(inviteCode: string, signal?: AbortSignal): Promise<InvitePreview> {
  return request<InvitePreview>('/invites/preview', { method: 'POST', body: { inviteCode }, signal, auth: false });
}

/** Sets a new password with a reset code from staff; every session ends. */
export function resetPassword(code: string, newPassword: string): Promise<void> {
  return request<void>('/auth/reset', { method: 'POST', body: { code, newPassword }, auth: false });
}

export interface Credentials {
  email: string;
  password: string;
  totp?: string;
}

/** A suspended or banned person, by their credentials: why, until when, their appeal. No session. */
export function fetchStanding(credentials: Credentials): Promise<SanctionStanding> {
  return request<SanctionStanding>('/auth/standing', { method: 'POST', body: credentials, auth: false });
}

export function appealFromSignIn(credentials: Credentials, text: string): Promise<AppealView> {
  return request<AppealView>('/auth/appeal', { method: 'POST', body: { ...credentials, text }, auth: false });
}
