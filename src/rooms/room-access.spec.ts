import type { AuthUser } from '../access/auth-user';
import type { CohortRelation } from '../access/policy';
import type { RoomsRepository } from './rooms.repository';
import { RoomAccess } from './room-access';
import type { RoomKind } from '../contract';
import { ROLES } from '../contract';

const KINDS: RoomKind[] = ['cohort', 'alumni', 'staff', 'care'];
const RELATIONS: CohortRelation[] = ['member', 'facilitator', 'none'];

// A send checks `writableIn` inside its SQL statement; anything it lets through must be what requireLoaded allows.
describe('RoomAccess.writableIn', () => {
  const access = new RoomAccess({} as RoomsRepository);

  it.each(ROLES)('names exactly the rooms a(n) %s may write in', (role) => {
    const user = { id: 'u', role } as AuthUser;
    for (const kind of KINDS) {
      for (const relation of RELATIONS) {
        const room = {
          id: 'r',
          kind,
          name: 'Room',
          cohortName: null,
          cohortId: kind === 'cohort' ? 'c' : null,
          lastSeq: 0,
          slowModeSeconds: 0,
          relation,
        };
        let allowed = true;
        try {
          access.requireLoaded(user, room, 'write');
        } catch {
          allowed = false;
        }
        expect({ kind, relation, listed: access.writableIn(user).includes(`${kind}:${relation}`) }).toEqual({
          kind,
          relation,
          listed: allowed,
        });
      }
    }
  });

  it('lets a member write in their own cohort room only, and staff in the staff room', () => {
    const member = access.writableIn({ id: 'u', role: 'member' } as AuthUser);
    expect(member).toContain('cohort:member');
    for (const elsewhere of ['cohort:none', 'alumni:member', 'alumni:none', 'staff:member', 'staff:none']) {
      expect(member).not.toContain(elsewhere);
    }
    expect(access.writableIn({ id: 'u', role: 'clinician' } as AuthUser)).toEqual(
      expect.arrayContaining(['cohort:facilitator', 'staff:none']),
    );
    expect(access.writableIn({ id: 'u', role: 'clinician' } as AuthUser)).not.toContain('cohort:none');
  });

  it('lets a care line be written in by its member and the staff who answer it, nobody else', () => {
    for (const role of ['member', 'alumni', 'peer_mentor'] as const) {
      const writable = access.writableIn({ id: 'u', role } as AuthUser);
      expect(writable).toContain('care:member');
      expect(writable).not.toContain('care:facilitator');
      expect(writable).not.toContain('care:none');
    }
    for (const role of ['clinician', 'moderator', 'admin'] as const) {
      const writable = access.writableIn({ id: 'u', role } as AuthUser);
      expect(writable).toContain('care:facilitator');
      expect(writable).not.toContain('care:member');
      expect(writable).not.toContain('care:none');
    }
  });
});
