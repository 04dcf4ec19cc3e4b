import { request } from '../../lib/api';
import type { TermsAudience } from '../../lib/auth';

export interface Terms {
  audience: TermsAudience;
  version: string;
  texts: { guidelines: string; peerConfidentiality: string; confidentialityNotice: string };
}

export function fetchTerms(audience: TermsAudience, signal?: AbortSignal): Promise<Terms> {
  return request<Terms>(`/terms?audience=${audience}`, { signal, auth: false });
}

export function acceptTerms(version: string): Promise<void> {
  return request<void>('/terms/accept', { method: 'POST', body: { version } });
}

export interface InvitePreview {
  role: string;
  termsAudience: TermsAudience;
  cohortName: string | null;
  expiresAt: string;
}

/** Which terms and group an invite code is for, without using it. */
export function previewInvite(inviteCode: string, signal?: AbortSignal): Promise<InvitePreview> {
  return request<InvitePreview>('/invites/preview', { method: 'POST', body: { inviteCode }, signal, auth: false });
}
