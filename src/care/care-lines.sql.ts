import { onCareTeamSql } from './care-team.repository';

/**
 * The alumni care team as the admin settings name it (a uuid[] expression).
 * onCareTeamSql admits only active clinicians and admins from it, and admins
 * anyway, which is CareTeamService's "the named team, or the admins".
 */
export const ALUMNI_CARE_TEAM_SQL = `ARRAY(SELECT jsonb_array_elements_text(st.value)::uuid FROM settings st
   WHERE st.key = 'alumniCareTeam' AND jsonb_typeof(st.value) = 'array')`;

/**
 * SQL: how `user` (a uuid expression) stands to the care line of room `room`
 * (a uuid expression), as the access policy's relation (decideCareLine):
 * `member` for the line's member; `facilitator` for the staff who answer it
 * now: the member's care team (clinicians of their active cohorts, for alumni
 * the alumni care team, and admins), and moderators while on duty once the
 * line has escalated; `none` for everyone else. Null when the room is no line.
 */
export function careRelationSql(room: string, user: string): string {
  return `(SELECT CASE
            WHEN care_line.member_id = ${user} THEN 'member'
            WHEN EXISTS (SELECT 1 FROM users s WHERE s.id = ${user}
                          AND (${onCareTeamSql('s', 'care_line.member_id', ALUMNI_CARE_TEAM_SQL)}
                               OR (s.role = 'moderator' AND s.on_duty AND care_line.escalated_at IS NOT NULL)))
              THEN 'facilitator'
            ELSE 'none' END
     FROM care_lines care_line WHERE care_line.room_id = ${room})`;
}

/** SQL: the cohort a line's care is anchored in now (the member's first active cohort; null for alumni). */
export function careCohortSql(room: string): string {
  return `(SELECT cm.cohort_id FROM care_lines care_line
             JOIN cohort_memberships cm ON cm.user_id = care_line.member_id AND cm.kind = 'member' AND cm.left_at IS NULL
            WHERE care_line.room_id = ${room} ORDER BY cm.joined_at LIMIT 1)`;
}
