import { ROLES } from '../contract';
import type { Role } from '../contract';

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

/** Staff: the program's clinicians, moderators and admins (the others are members, alumni and peer mentors). */
export const STAFF_ROLES: readonly Role[] = ['clinician', 'moderator', 'admin'];

export const isStaff = (person: { role: Role }): boolean => STAFF_ROLES.includes(person.role);

/** Staff who see every cohort (the others see only cohorts they belong to). */
export function seesAllCohorts(role: Role): boolean {
  return role === 'admin' || role === 'moderator';
}

/**
 * Spaces are rooms (chat) and boards (forums). Their kind decides who may read,
 * write in and moderate them; a cohort space follows the cohort table above.
 */
export type SpaceKind = 'cohort' | 'alumni' | 'community' | 'staff' | 'care';
export type SpaceAction = 'read' | 'write' | 'moderate';

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
        return STAFF_ROLES.includes(role) || role === 'peer_mentor' ? 'allow' : 'forbid';
      }
      return 'allow';
    case 'community':
      if (action === 'moderate') {
        return STAFF_ROLES.includes(role) || role === 'peer_mentor' ? 'allow' : 'forbid';
      }
      return 'allow';
    case 'staff':
      return STAFF_ROLES.includes(role) ? 'allow' : 'hide';
    case 'care':
      return decideCareLine(role, relation, action);
  }
}

/**
 * A care line (PRODUCT.md, Care-team line): one member's private room with their
 * care team. Its relation is computed per line (careRelationSql in
 * src/care/care-lines.sql.ts): `member` for the member whose line it is,
 * `facilitator` for the staff who answer it now (their care team: the clinicians
 * of their active cohorts, or for alumni the alumni care team, and admins; a
 * moderator only while on duty and once the line has escalated), `none` for
 * everyone else, who must not learn that it exists.
 */
export function decideCareLine(role: Role, relation: CohortRelation, action: SpaceAction): Decision {
  if (relation === 'member' && !STAFF_ROLES.includes(role)) {
    return action === 'moderate' ? 'forbid' : 'allow';
  }
  if (relation === 'facilitator' && STAFF_ROLES.includes(role)) {
    return 'allow';
  }
  return 'hide';
}

/**
 * Crisis alerts (PRODUCT.md, the crisis lane): the staff who moderate the alert's
 * cohort act on it; an alert outside any cohort, or escalated because nobody
 * acknowledged it in time, is every clinician's as well; and the person's care
 * team (their clinicians and admins; for alumni the program's alumni care team)
 * always acts on it.
 */
export function actsOnAlert(
  role: Role,
  moderatesItsCohort: boolean,
  alert: { inCohort: boolean; escalated: boolean; careTeam?: boolean },
): boolean {
  if (!STAFF_ROLES.includes(role)) {
    return false;
  }
  return (
    moderatesItsCohort || alert.careTeam === true || (role === 'clinician' && (alert.escalated || !alert.inCohort))
  );
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
  if (relation === 'paged' && action === 'read' && STAFF_ROLES.includes(role)) {
    return 'allow';
  }
  // Whoever may not see it must not learn whether the person exists.
  return 'hide';
}

/**
 * Who may hand a person a password reset code (API.md, Auth): admins for anyone
 * but themselves (they change their own password), a member's clinicians for that
 * member, never a clinician for a staff account. Whoever may not learns nothing
 * about the person.
 */
export function decidePasswordReset(actor: Role, target: Role, relation: 'self' | 'care_team' | 'none'): Decision {
  if (relation === 'self') {
    return 'forbid';
  }
  if (actor === 'admin') {
    return 'allow';
  }
  if (actor === 'clinician' && relation === 'care_team' && !STAFF_ROLES.includes(target)) {
    return 'allow';
  }
  return 'hide';
}

/**
 * Sanctions (PRODUCT.md, People and roles): moderators act up to suspension, on
 * members, alumni and peer mentors; clinicians the same, on people of the cohorts
 * they facilitate; only an admin bans, and only an admin sanctions staff. Admins
 * themselves are never sanctioned (an admin changes their role first), so the
 * program always keeps someone who can lift a sanction.
 */
export const SANCTION_ACTIONS = ['warn', 'mute', 'suspend', 'ban'] as const;
export type SanctionAction = (typeof SANCTION_ACTIONS)[number];

/** How the actor stands to a person: the person themself, someone (now or once) in a cohort the actor facilitates, or neither. */
export type PersonRelation = 'self' | 'facilitator' | 'none';

export function decideSanction(actor: Role, target: Role, action: SanctionAction, relation: PersonRelation): Decision {
  if (relation === 'self' || target === 'admin') {
    return 'forbid';
  }
  if (actor === 'admin') {
    return 'allow';
  }
  if (STAFF_ROLES.includes(target)) {
    return 'forbid';
  }
  switch (actor) {
    case 'moderator':
      return action === 'ban' ? 'forbid' : 'allow';
    case 'clinician':
      if (relation !== 'facilitator') {
        return 'hide';
      }
      return action === 'ban' ? 'forbid' : 'allow';
    case 'member':
    case 'alumni':
    case 'peer_mentor':
      return 'forbid';
  }
}

/** Why decideSanction forbids, in words for the person who tried. */
export function sanctionRefusal(actor: Role, target: Role, action: SanctionAction, relation: PersonRelation): string {
  if (relation === 'self') {
    return 'You cannot sanction yourself';
  }
  if (target === 'admin') {
    return 'Admins cannot be sanctioned; change their role first';
  }
  if (STAFF_ROLES.includes(target)) {
    return 'Only an admin can sanction staff';
  }
  if (action === 'ban') {
    return 'Only an admin can ban';
  }
  return STAFF_ROLES.includes(actor) ? 'Your role does not allow this sanction' : 'Only staff can sanction';
}

/**
 * People (API.md: a person you cannot see is 404). A caller sees someone who shares
 * a room or board the caller can read, or whose words the caller can read. By role
 * alone, one meets the readers of the spaces where readers meet (the alumni lounge
 * and board, the staff room and board) and, when in a cohort, the staff who read
 * every cohort. Community spaces are open to everyone, so there one meets only the
 * people whose words one reads; fellow cohort members and content are found in SQL.
 */
const MEETING_KINDS: readonly SpaceKind[] = ['alumni', 'staff'];

export function metByRole(viewer: Role, viewerInACohort: boolean): Role[] {
  return ROLES.filter(
    (person) =>
      MEETING_KINDS.some(
        (kind) =>
          decideSpace(viewer, kind, 'none', 'read') === 'allow' &&
          decideSpace(person, kind, 'none', 'read') === 'allow',
      ) ||
      (viewerInACohort && seesAllCohorts(person)),
  );
}

/**
 * Concerns and everything else the care team keeps about a person's wellbeing
 * (check-in answers may hold 42 CFR Part 2 data): their care team (see
 * CareTeamService) and admins; never moderators, never clinicians of other cohorts.
 */
export function decideConcern(role: Role, relation: 'care_team' | 'none'): Decision {
  if (role === 'admin' || (role === 'clinician' && relation === 'care_team')) {
    return 'allow';
  }
  return 'hide';
}

/**
 * Review items in a care line (held or flagged words there) are the member's care
 * team's: moderators, who read a line only once it has escalated and only while on
 * duty, do not get them in the review queue.
 */
export function reviewsSpace(role: Role, kind: SpaceKind | null): boolean {
  return kind !== 'care' || role !== 'moderator';
}
