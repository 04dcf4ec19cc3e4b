import type { InvitePreview, Terms, TermsAudience } from '@hearth/contract';
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
