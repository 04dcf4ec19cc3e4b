import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { decideSpace, isStaff } from '../access/policy';
import type { CohortRelation, SpaceAction, SpaceKind } from '../access/policy';
import { DomainError } from '../common/domain-error';
import { RoomRecord, RoomsRepository } from './rooms.repository';
import { ROLES } from '../contract';
import type { Role } from '../contract';

export const ROOM_NOT_FOUND = 'Room not found';

const KINDS: readonly SpaceKind[] = ['cohort', 'alumni', 'community', 'staff', 'care'];
const RELATIONS: readonly CohortRelation[] = ['member', 'facilitator', 'none'];

/** Per role, the `kind:relation` pairs of rooms it may read and write in: the policy table, for a check made in SQL. */
const WRITABLE = new Map<Role, readonly string[]>(
  ROLES.map((role) => [
    role,
    KINDS.flatMap((kind) =>
      RELATIONS.filter(
        (relation) =>
          decideSpace(role, kind, relation, 'read') === 'allow' &&
          decideSpace(role, kind, relation, 'write') === 'allow',
      ).map((relation) => `${kind}:${relation}`),
    ),
  ]),
);

/**
 * Every room access decision, from the one policy table (access/policy.ts): a
 * room the caller may not read answers not_found, exactly as if it did not
 * exist. The room and the caller's membership come from one query, since every
 * message send asks.
 */
@Injectable()
export class RoomAccess {
  constructor(private readonly rooms: RoomsRepository) {}

  async require(user: AuthUser, roomId: string, action: SpaceAction = 'read'): Promise<RoomRecord> {
    return this.requireLoaded(user, await this.rooms.findForUser(roomId, user.id), action);
  }

  /** The same decision for a room already loaded with the caller's membership (RoomsRepository). */
  requireLoaded(user: AuthUser, room: RoomRecord | null, action: SpaceAction = 'read'): RoomRecord {
    if (!room) {
      throw new DomainError('not_found', ROOM_NOT_FOUND);
    }
    this.check(user, room, 'read');
    if (action !== 'read') {
      this.check(user, room, action);
    }
    return room;
  }

  /** Where `user` may send, as `kind:relation` pairs (`requireLoaded(…, 'write')` passes exactly these). */
  writableIn(user: AuthUser): readonly string[] {
    return WRITABLE.get(user.role) ?? [];
  }

  async canRead(user: AuthUser, roomId: string): Promise<boolean> {
    const room = await this.rooms.findForUser(roomId, user.id);
    return room !== null && this.decide(user, room, 'read') === 'allow';
  }

  /** Staff who moderate the room: they see hidden words and edit history, remove any message, set slow mode. */
  moderates(user: AuthUser, room: RoomRecord): boolean {
    return isStaff(user) && this.decide(user, room, 'moderate') === 'allow';
  }

  private check(user: AuthUser, room: RoomRecord, action: SpaceAction): void {
    switch (this.decide(user, room, action)) {
      case 'allow':
        return;
      case 'forbid':
        throw new DomainError('forbidden', 'Your role does not allow this in this room');
      case 'hide':
        throw new DomainError('not_found', ROOM_NOT_FOUND);
    }
  }

  private decide(user: AuthUser, room: RoomRecord, action: SpaceAction): 'allow' | 'forbid' | 'hide' {
    return decideSpace(user.role, room.kind, room.relation, action);
  }
}
