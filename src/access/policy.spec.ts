import { CohortPermission, CohortRelation, decideCohort, Decision, decideSpace, SpaceKind } from './policy';
import { ROLES } from '../contract';
import type { Role } from '../contract';

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

describe('decideSpace', () => {
  const ACTIONS = ['read', 'write', 'moderate'] as const;
  // kind, role, relation → read, write, moderate
  const SPACES: [SpaceKind, Role, CohortRelation, Decision[]][] = [
    ['cohort', 'member', 'member', ['allow', 'allow', 'forbid']],
    ['cohort', 'member', 'none', ['hide', 'hide', 'hide']],
    ['cohort', 'alumni', 'none', ['hide', 'hide', 'hide']],
    ['cohort', 'clinician', 'facilitator', ['allow', 'allow', 'allow']],
    ['cohort', 'clinician', 'none', ['hide', 'hide', 'hide']],
    ['cohort', 'moderator', 'none', ['allow', 'allow', 'allow']],
    ['alumni', 'member', 'none', ['hide', 'hide', 'hide']],
    ['alumni', 'alumni', 'none', ['allow', 'allow', 'forbid']],
    ['alumni', 'peer_mentor', 'none', ['allow', 'allow', 'allow']],
    ['alumni', 'clinician', 'none', ['allow', 'allow', 'allow']],
    ['community', 'member', 'none', ['allow', 'allow', 'forbid']],
    ['community', 'alumni', 'none', ['allow', 'allow', 'forbid']],
    ['community', 'peer_mentor', 'none', ['allow', 'allow', 'allow']],
    ['community', 'admin', 'none', ['allow', 'allow', 'allow']],
    ['staff', 'member', 'none', ['hide', 'hide', 'hide']],
    ['staff', 'peer_mentor', 'none', ['hide', 'hide', 'hide']],
    ['staff', 'clinician', 'none', ['allow', 'allow', 'allow']],
    ['staff', 'moderator', 'none', ['allow', 'allow', 'allow']],
  ];

  it.each(SPACES)('%s space, %s (%s)', (kind, role, relation, expected) => {
    expect(ACTIONS.map((a) => decideSpace(role, kind, relation, a))).toEqual(expected);
  });
});
