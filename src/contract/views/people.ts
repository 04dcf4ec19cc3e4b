export const ROLES = ['member', 'alumni', 'peer_mentor', 'clinician', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The admin's directory (`GET /api/users`; reading it is audited). */
export interface PersonView {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  status: string;
  createdAt: string;
  mfaEnabled: boolean;
}

/** `PATCH /api/users/:id/role`. */
export interface UserRoleView {
  id: string;
  displayName: string;
  role: Role;
}
