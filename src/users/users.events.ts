import type { Role } from '../contract';

/**
 * `member.stepped_down`: a member left their cohort for the alumni community (cohorts' step-down) or an
 * admin changed a member's role to alumni or peer mentor (users' role change). Sent once per step-down;
 * the rooms, forums, care lines, notifications and open sockets follow it.
 */
export const MEMBER_STEPPED_DOWN = 'member.stepped_down';

export interface MemberSteppedDownEvent {
  userId: string;
  /** The cohort they left. */
  cohortId: string;
  /** Their role afterwards: alumni (or peer mentor), or still member when they belong to another cohort. */
  role: Role;
}
