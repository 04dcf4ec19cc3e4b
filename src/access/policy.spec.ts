import { ROLES, Role } from './access.decorator';
import { CohortPermission, CohortRelation, decideCohort, Decision } from './policy';

const PERMISSIONS: CohortPermission[] = [
  'cohort.read',
  'cohort.members.read',
  'cohort.members.private',
  'cohort.invite',
  'cohort.stepDown',
  'cohort.moderate',
];

// role, relation → expected decision per permission, in PERMISSIONS order.
const TABLE: [Role, CohortRelation, Decision[]][] = [
  ['admin', 'none', ['allow', 'allow', 'allow', 'allow', 'allow', 'allow']],
  ['moderator', 'none', ['allow', 'allow', 'forbid', 'forbid', 'forbid', 'allow']],
  ['clinician', 'facilitator', ['allow', 'allow', 'allow', 'allow', 'allow', 'allow']],
  ['clinician', 'none', ['hide', 'hide', 'hide', 'hide', 'hide', 'hide']],
  ['member', 'member', ['allow', 'allow', 'forbid', 'forbid', 'forbid', 'forbid']],
  ['member', 'none', ['hide', 'hide', 'hide', 'hide', 'hide', 'hide']],
  ['alumni', 'none', ['hide', 'hide', 'hide', 'hide', 'hide', 'hide']],
  ['alumni', 'member', ['hide', 'hide', 'hide', 'hide', 'hide', 'hide']],
  ['peer_mentor', 'none', ['hide', 'hide', 'hide', 'hide', 'hide', 'hide']],
];

describe('decideCohort', () => {
  it('covers every role', () => {
    expect(new Set(TABLE.map(([role]) => role))).toEqual(new Set(ROLES));
  });

  it.each(TABLE)('%s with relation %s', (role, relation, expected) => {
    expect(PERMISSIONS.map((p) => decideCohort(role, relation, p))).toEqual(expected);
  });
});
