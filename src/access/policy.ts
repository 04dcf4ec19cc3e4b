import type { Role } from './access.decorator';

/**
 * The one table of who may do what inside a cohort (PRODUCT.md, People and roles).
 * `hide` means the caller must not learn the cohort exists: answer 404, not 403.
 */
export type CohortRelation = 'member' | 'facilitator' | 'none';

export type CohortPermission =
  | 'cohort.read' // see the cohort, its rooms and boards
  | 'cohort.members.read' // list members by display name
  | 'cohort.members.private' // see members' email and legal name
  | 'cohort.invite' // issue invite codes for the cohort
  | 'cohort.stepDown' // move a member to alumni
  | 'cohort.moderate'; // review queue, hide/remove, sanctions, crisis alerts

export type Decision = 'allow' | 'forbid' | 'hide';

const MEMBER_CAN: readonly CohortPermission[] = ['cohort.read', 'cohort.members.read'];
const MODERATOR_CAN: readonly CohortPermission[] = ['cohort.read', 'cohort.members.read', 'cohort.moderate'];

export function decideCohort(role: Role, relation: CohortRelation, permission: CohortPermission): Decision {
  switch (role) {
    case 'admin':
      return 'allow';
    case 'moderator':
      // Moderators look after the whole community, but onboarding and clinical
      // decisions (invites, step-down, private details) stay with clinicians.
      return MODERATOR_CAN.includes(permission) ? 'allow' : 'forbid';
    case 'clinician':
      return relation === 'facilitator' ? 'allow' : 'hide';
    case 'member':
      if (relation !== 'member') {
        return 'hide';
      }
      return MEMBER_CAN.includes(permission) ? 'allow' : 'forbid';
    case 'alumni':
    case 'peer_mentor':
      // Alumni no longer see active cohort spaces.
      return 'hide';
  }
}

/** Staff who see every cohort (the others see only cohorts they belong to). */
export function seesAllCohorts(role: Role): boolean {
  return role === 'admin' || role === 'moderator';
}
