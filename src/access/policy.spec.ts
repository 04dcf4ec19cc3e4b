import {
  actsOnAlert,
  CohortPermission,
  CohortRelation,
  decideCohort,
  decideConcern,
  Decision,
  decideSanction,
  decideSpace,
  isStaff,
  metByRole,
  PersonRelation,
  SANCTION_ACTIONS,
  sanctionRefusal,
  SpaceKind,
} from './policy';
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

describe('decideSanction', () => {
  const TARGETS: Role[] = ['member', 'alumni', 'peer_mentor', 'clinician', 'moderator', 'admin'];
  const RELATIONS: PersonRelation[] = ['self', 'facilitator', 'none'];
  // One letter per action (warn, mute, suspend, ban): A allow, F forbid, H hide (404).
  const PEERS_ONLY = { member: 'AAAF', alumni: 'AAAF', peer_mentor: 'AAAF' };
  const NO_STAFF = { clinician: 'FFFF', moderator: 'FFFF', admin: 'FFFF' };
  const NOTHING = Object.fromEntries(TARGETS.map((t) => [t, 'FFFF']));
  const ADMIN = {
    member: 'AAAA',
    alumni: 'AAAA',
    peer_mentor: 'AAAA',
    clinician: 'AAAA',
    moderator: 'AAAA',
    admin: 'FFFF',
  };
  const TABLE: Record<Role, Record<PersonRelation, Record<string, string>>> = {
    admin: { self: NOTHING, facilitator: ADMIN, none: ADMIN },
    moderator: { self: NOTHING, facilitator: { ...PEERS_ONLY, ...NO_STAFF }, none: { ...PEERS_ONLY, ...NO_STAFF } },
    clinician: {
      self: NOTHING,
      facilitator: { ...PEERS_ONLY, ...NO_STAFF },
      none: { member: 'HHHH', alumni: 'HHHH', peer_mentor: 'HHHH', ...NO_STAFF },
    },
    member: { self: NOTHING, facilitator: NOTHING, none: NOTHING },
    alumni: { self: NOTHING, facilitator: NOTHING, none: NOTHING },
    peer_mentor: { self: NOTHING, facilitator: NOTHING, none: NOTHING },
  };
  const LETTER: Record<Decision, string> = { allow: 'A', forbid: 'F', hide: 'H' };

  const cases = ROLES.flatMap((actor) =>
    RELATIONS.flatMap((relation) => TARGETS.map((target) => [actor, relation, target] as const)),
  );

  it('covers every role, relation and target role', () => {
    expect(cases).toHaveLength(ROLES.length * RELATIONS.length * TARGETS.length);
    expect(new Set(TARGETS)).toEqual(new Set(ROLES));
  });

  it.each(cases)('%s (%s) on a %s', (actor, relation, target) => {
    const decided = SANCTION_ACTIONS.map((action) => LETTER[decideSanction(actor, target, action, relation)]).join('');
    expect(decided).toBe(TABLE[actor][relation][target]);
  });

  it('says why a sanction is refused', () => {
    expect(sanctionRefusal('admin', 'member', 'warn', 'self')).toMatch(/yourself/);
    expect(sanctionRefusal('admin', 'admin', 'warn', 'none')).toMatch(/Admins cannot be sanctioned/);
    expect(sanctionRefusal('moderator', 'clinician', 'ban', 'none')).toMatch(/Only an admin can sanction staff/);
    expect(sanctionRefusal('moderator', 'member', 'ban', 'none')).toMatch(/Only an admin can ban/);
  });
});

describe('metByRole', () => {
  // viewer, in a cohort → the roles they meet without reading anything the person wrote
  const MET: [Role, boolean, Role[]][] = [
    ['member', true, ['moderator', 'admin']],
    ['member', false, []],
    ['alumni', false, ['alumni', 'peer_mentor', 'clinician', 'moderator', 'admin']],
    ['peer_mentor', false, ['alumni', 'peer_mentor', 'clinician', 'moderator', 'admin']],
    ['clinician', true, ['alumni', 'peer_mentor', 'clinician', 'moderator', 'admin']],
    ['clinician', false, ['alumni', 'peer_mentor', 'clinician', 'moderator', 'admin']],
  ];

  it.each(MET)('%s (in a cohort: %s)', (viewer, inACohort, expected) => {
    expect(metByRole(viewer, inACohort)).toEqual(expected);
  });
});

describe('isStaff', () => {
  it('is the clinicians, moderators and admins', () => {
    expect(ROLES.filter((role) => isStaff({ role }))).toEqual(['clinician', 'moderator', 'admin']);
  });
});

describe('actsOnAlert', () => {
  // role, moderates the alert's cohort, in a cohort, escalated → acts on it
  const CASES: [Role, boolean, boolean, boolean, boolean][] = [
    ['admin', true, true, false, true],
    ['moderator', true, false, false, true],
    ['clinician', true, true, false, true],
    ['clinician', false, true, false, false],
    ['clinician', false, true, true, true],
    ['clinician', false, false, false, true],
    ['member', false, true, true, false],
    ['peer_mentor', false, false, true, false],
  ];

  it.each(CASES)(
    '%s (moderates its cohort: %s, in a cohort: %s, escalated: %s)',
    (role, moderates, inCohort, escalated, expected) => {
      expect(actsOnAlert(role, moderates, { inCohort, escalated })).toBe(expected);
    },
  );

  it("lets the person's care team act on their alert, and only staff", () => {
    const alert = { inCohort: true, escalated: false, careTeam: true };
    expect(actsOnAlert('clinician', false, alert)).toBe(true);
    expect(actsOnAlert('admin', false, alert)).toBe(true);
    expect(actsOnAlert('clinician', false, { ...alert, careTeam: false })).toBe(false);
    expect(actsOnAlert('member', false, alert)).toBe(false);
    expect(actsOnAlert('peer_mentor', true, alert)).toBe(false);
  });
});

describe('decideConcern', () => {
  it('lets only the care team and admins see wellbeing concerns: never moderators, peers or other clinicians', () => {
    const allowed = ROLES.flatMap((role) =>
      (['care_team', 'none'] as const)
        .filter((relation) => decideConcern(role, relation) === 'allow')
        .map((relation) => `${role}:${relation}`),
    );
    expect(allowed).toEqual(['clinician:care_team', 'admin:care_team', 'admin:none']);
    expect(decideConcern('moderator', 'care_team')).toBe('hide');
  });
});
