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
  /** The role before this change. */
  from?: Role;
  /** The change, to undo it (`POST /api/users/:id/role/undo { changeId }`); absent when nothing changed. */
  changeId?: string;
  /** Cohorts the person left with the change (an undo puts them back). */
  leftCohortIds?: string[];
}
