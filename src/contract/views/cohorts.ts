import type { Role } from './people';

/** A person's place in a cohort: `member`, a patient in it; `facilitator`, a clinician who runs it. */
export type MembershipKind = 'member' | 'facilitator';

export interface CohortView {
  id: string;
  name: string;
  program: string | null;
  startsOn: string | null;
  endsOn: string | null;
  createdAt: string;
  memberCount: number;
  /** The caller's own place in the cohort, if any. */
  membership: MembershipKind | null;
  roomId: string | null;
  boardId: string | null;
}

export interface CohortMemberView {
  id: string;
  displayName: string;
  role: Role;
  membership: MembershipKind;
  joinedAt: string;
  /** Only for admins and the cohort's clinicians (and audited). */
  email?: string;
  legalName?: string | null;
}

/** The member became alumni. */
export interface StepDownResult {
  userId: string;
  cohortId: string;
  role: Role;
}

export const INVITE_ROLES = ['member', 'alumni', 'clinician', 'moderator', 'admin'] as const;
export type InviteRole = (typeof INVITE_ROLES)[number];

export interface IssuedInvite {
  code: string;
  expiresAt: string;
  role: InviteRole;
  maxUses: number;
  cohortId: string | null;
}
