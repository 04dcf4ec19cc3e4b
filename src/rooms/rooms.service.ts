import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { decideSpace, isStaff } from '../access/policy';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { TO_USERS } from '../realtime/relay';
import type { ToUsersEvent } from '../realtime/relay';
import { RoomAccess } from './room-access';
import { RoomEvents } from './rooms.events';
import type { RoomUpdatedEvent } from './rooms.events';
import { RoomRecord, RoomsRepository } from './rooms.repository';
import type { RoomPublicView, RoomView } from '../contract';

/** The rooms a person sees, their unread counts and read markers, and slow mode. */
@Injectable()
export class RoomsService {
  constructor(
    private readonly rooms: RoomsRepository,
    private readonly roomAccess: RoomAccess,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  async list(user: AuthUser): Promise<RoomView[]> {
    const rows = (await this.rooms.list(user.id, await this.access.visibleSpaces(user))).filter(
      (r) => r.kind !== 'care' || decideSpace(user.role, 'care', r.care_relation ?? 'none', 'read') === 'allow',
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      name: r.name,
      cohortName: r.cohort_name,
      cohortId: r.cohort_id,
      lastSeq: Number(r.last_seq),
      unread: r.unread,
      lastReadSeq: Number(r.last_read_seq ?? 0),
      slowModeSeconds: r.slow_mode_seconds,
      // Listed rooms are readable; whoever is staff here moderates them (the policy table decides).
      canModerate:
        isStaff(user) &&
        decideSpace(
          user.role,
          r.kind,
          r.care_relation ?? (r.kind === 'cohort' ? 'facilitator' : 'none'),
          'moderate',
        ) === 'allow',
    }));
  }

  async get(user: AuthUser, roomId: string): Promise<RoomView> {
    await this.roomAccess.require(user, roomId);
    const view = (await this.list(user)).find((r) => r.id === roomId);
    if (!view) {
      throw new DomainError('not_found', 'Room not found');
    }
    return view;
  }

  async setSlowMode(user: AuthUser, roomId: string, seconds: number): Promise<RoomView> {
    const room = await this.roomAccess.require(user, roomId);
    if (!this.roomAccess.moderates(user, room)) {
      throw new DomainError('forbidden', 'Only staff who moderate this room can set slow mode', 'staff_only');
    }
    await this.rooms.setSlowMode(roomId, seconds);
    await this.audit.record({
      actorId: user.id,
      action: 'room.slow_mode_set',
      targetType: 'room',
      targetId: roomId,
      cohortId: room.cohortId,
      details: { seconds },
    });
    this.events.emit(RoomEvents.roomUpdated, { roomId } satisfies RoomUpdatedEvent);
    return this.get(user, roomId);
  }

  /** Moves the caller's read marker (never backwards, never past the newest message) and tells their other tabs. */
  async markRead(user: AuthUser, roomId: string, seq: number): Promise<RoomRecord> {
    const room = await this.roomAccess.require(user, roomId);
    const upTo = Math.min(seq, room.lastSeq);
    await this.rooms.markRead(user.id, roomId, upTo);
    this.events.emit(TO_USERS, {
      userIds: [user.id],
      event: 'room:read',
      payload: { roomId, lastReadSeq: await this.rooms.lastRead(user.id, roomId) },
    } satisfies ToUsersEvent);
    return room;
  }

  /** The room as a member sees it, for live `room:updated` (slow mode changed): no per-person fields. */
  async publicView(roomId: string): Promise<RoomPublicView | null> {
    const room = await this.rooms.findForUser(roomId, '00000000-0000-0000-0000-000000000000');
    if (!room) {
      return null;
    }
    return {
      id: room.id,
      kind: room.kind,
      name: room.name,
      cohortName: room.cohortName,
      cohortId: room.cohortId,
      lastSeq: room.lastSeq,
      slowModeSeconds: room.slowModeSeconds,
    };
  }
}
