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

/**
 * Spaces are rooms (chat) and boards (forums). Their kind decides who may read,
 * write in and moderate them; a cohort space follows the cohort table above.
 */
export type SpaceKind = 'cohort' | 'alumni' | 'community' | 'staff';
export type SpaceAction = 'read' | 'write' | 'moderate';

const STAFF: readonly Role[] = ['clinician', 'moderator', 'admin'];

export function decideSpace(role: Role, kind: SpaceKind, relation: CohortRelation, action: SpaceAction): Decision {
  switch (kind) {
    case 'cohort':
      // Whoever may read a cohort's spaces may also write in them (members and the staff who run it).
      return decideCohort(role, relation, action === 'moderate' ? 'cohort.moderate' : 'cohort.read');
    case 'alumni':
      if (role === 'member') {
        return 'hide';
      }
      if (action === 'moderate') {
        // Peer mentors may hide pending review in the alumni spaces they belong to.
        return STAFF.includes(role) || role === 'peer_mentor' ? 'allow' : 'forbid';
      }
      return 'allow';
    case 'community':
      if (action === 'moderate') {
        return STAFF.includes(role) || role === 'peer_mentor' ? 'allow' : 'forbid';
      }
      return 'allow';
    case 'staff':
      return STAFF.includes(role) ? 'allow' : 'hide';
  }
}

/**
 * How a viewer stands to a person, for what the program keeps about that person
 * (the contact phone): the person themself, their care team (a clinician of a
 * cohort they are an active member of, or for alumni the program's alumni care
 * team), staff paged for an open crisis alert about them, or none of these.
 */
export type CareRelation = 'self' | 'care_team' | 'paged' | 'none';
export type ContactAction = 'read' | 'write';

/** Who may read or set a person's contact phone (PRODUCT.md: their clinicians, admins, staff paged for their alert). */
export function decideContact(role: Role, relation: CareRelation, action: ContactAction): Decision {
  if (relation === 'self' || role === 'admin') {
    return 'allow';
  }
  if (relation === 'care_team' && role === 'clinician') {
    return 'allow';
  }
  if (relation === 'paged' && action === 'read' && STAFF.includes(role)) {
    return 'allow';
  }
  // Whoever may not see it must not learn whether the person exists.
  return 'hide';
}
