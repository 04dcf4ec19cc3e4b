import { CareRelation, decideContact, Decision } from './policy';
import { ROLES } from '../contract';
import type { Role } from '../contract';

const RELATIONS: CareRelation[] = ['self', 'care_team', 'paged', 'none'];

// role → [read, write] for each relation, in RELATIONS order.
const TABLE: Record<Role, [Decision, Decision][]> = {
  admin: [
    ['allow', 'allow'],
    ['allow', 'allow'],
    ['allow', 'allow'],
    ['allow', 'allow'],
  ],
  clinician: [
    ['allow', 'allow'],
    ['allow', 'allow'],
    ['allow', 'hide'],
    ['hide', 'hide'],
  ],
  moderator: [
    ['allow', 'allow'],
    ['hide', 'hide'],
    ['allow', 'hide'],
    ['hide', 'hide'],
  ],
  member: [
    ['allow', 'allow'],
    ['hide', 'hide'],
    ['hide', 'hide'],
    ['hide', 'hide'],
  ],
  alumni: [
    ['allow', 'allow'],
    ['hide', 'hide'],
    ['hide', 'hide'],
    ['hide', 'hide'],
  ],
  peer_mentor: [
    ['allow', 'allow'],
    ['hide', 'hide'],
    ['hide', 'hide'],
    ['hide', 'hide'],
  ],
};

describe('decideContact', () => {
  it('covers every role', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...ROLES].sort());
  });

  it.each(ROLES)('%s', (role) => {
    expect(
      RELATIONS.map((relation) => [decideContact(role, relation, 'read'), decideContact(role, relation, 'write')]),
    ).toEqual(TABLE[role]);
  });
});
