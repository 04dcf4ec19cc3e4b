import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { Interval } from '@nestjs/schedule';
import type { AuthUser } from '../access/auth-user';
import { decideCareLine, isStaff } from '../access/policy';
import { AuditService } from '../audit/audit.service';
import { CareTeamService } from '../care/care-team.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { NotificationsService } from '../notifications/notifications.service';
import { TO_USERS } from '../realtime/relay';
import type { ToUsersEvent } from '../realtime/relay';
import { RoomEvents } from '../rooms/rooms.events';
import type { MessageEvent, RoomUpdatedEvent } from '../rooms/rooms.events';
import { RoomAccess } from '../rooms/room-access';
import { RoomsRepository } from '../rooms/rooms.repository';
import { SettingsService } from '../settings/settings.service';
import { CareLinesRepository } from './care-lines.repository';
import type { CareContextRow, CareLineRow } from './care-lines.repository';
import type { OpenCareLineDto } from './care-lines.dto';
import type { CareLineContextView, CareLineRef, CareLineView, StaffRef, WaitingCareLine } from '../contract';
import { MEMBER_STEPPED_DOWN } from '../users/users.events';

const WAITING_LIMIT = 200;
/** Rooms known to be (a member id) or not to be (null) care lines; a room never changes kind. */
const KNOWN_ROOMS_MAX = 20_000;
const MEMBER_NOT_FOUND = 'Member not found';

/**
 * Care-team lines (issue 17): one private room of kind `care` per member, with
 * their care team. The room is an ordinary room (rooms/: send path, sync, read
 * markers, typing, edit/delete, screening); access is the policy's
 * (decideCareLine, relation from careRelationSql). This service opens lines,
 * keeps their waiting clock, escalates lines nobody answered in the program's
 * answer time (persisted due times, checked every few seconds by every node and
 * at boot, so an escalation survives a restart), and tells the member of answers.
 */
@Injectable()
export class CareLinesService implements OnApplicationBootstrap {
  private readonly logger = new Logger('CareLines');
  private readonly known = new Map<string, string | null>();

  constructor(
    private readonly lines: CareLinesRepository,
    private readonly rooms: RoomsRepository,
    private readonly roomAccess: RoomAccess,
    private readonly careTeam: CareTeamService,
    private readonly settings: SettingsService,
    private readonly notifications: NotificationsService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  /** `POST /api/care-lines`: a member's own line, or staff opening a member's line (with its context). */
  async open(user: AuthUser, dto: OpenCareLineDto): Promise<{ line: CareLineRef; created: boolean }> {
    if (!isStaff(user)) {
      if (dto.memberId !== undefined && dto.memberId !== user.id) {
        throw new DomainError('forbidden', 'Members open their own care line only', 'own_line_only');
      }
      if (dto.alertId !== undefined || dto.reviewItemId !== undefined) {
        throw new DomainError('invalid', 'alertId and reviewItemId are for staff');
      }
      return this.openLine(user.id, user.id, null);
    }
    if (dto.memberId === undefined) {
      throw new DomainError('invalid', ['memberId is required for staff']);
    }
    const memberId = dto.memberId;
    const member = await this.lines.person(memberId);
    if (!member || member.status === 'deleted' || isStaff(member)) {
      throw new DomainError('not_found', MEMBER_NOT_FOUND);
    }
    await this.requireAnswers(user, memberId);
    let about: Date | null = null;
    if (dto.alertId !== undefined) {
      const alert = await this.lines.alertAbout(dto.alertId);
      if (!alert || alert.author_id !== memberId) {
        throw new DomainError('not_found', 'Alert not found');
      }
      about = alert.at;
    }
    if (dto.reviewItemId !== undefined) {
      const item = await this.lines.reviewItemAbout(dto.reviewItemId);
      if (!item || item.author_id !== memberId) {
        throw new DomainError('not_found', 'Review item not found');
      }
      about ??= item.at;
    }
    return this.openLine(memberId, user.id, {
      alertId: dto.alertId ?? null,
      reviewItemId: dto.reviewItemId ?? null,
      aboutAt: about,
    });
  }

  /** The line as the caller may see it (404 for everyone else, exactly as for the room). */
  async view(user: AuthUser, roomId: string): Promise<CareLineView> {
    const room = await this.roomAccess.require(user, roomId);
    const line = room.kind === 'care' ? await this.lines.byRoom(roomId) : null;
    if (!line) {
      throw new DomainError('not_found', 'Care line not found');
    }
    const team = await this.careTeam.of(line.member_id);
    const [onDuty, contexts, answerMinutes] = await Promise.all([
      this.lines.onDuty(team),
      this.lines.contexts(roomId),
      this.settings.careAnswerMinutes(),
    ]);
    const staff = isStaff(user);
    return {
      roomId,
      member: { id: line.member_id, displayName: line.member_name },
      waitingSince: line.waiting_since?.toISOString() ?? null,
      dueAt: line.due_at?.toISOString() ?? null,
      escalated: line.waiting_since !== null && line.escalated_at !== null,
      answerMinutes,
      onDuty: onDuty.length > 0,
      contexts: contexts.map((c) => contextView(c, staff)),
    };
  }

  /** The caller's own line, opened if needed (the member's `/care`). */
  async mine(user: AuthUser): Promise<CareLineView> {
    if (isStaff(user)) {
      throw new DomainError('not_found', 'Care line not found');
    }
    const { line } = await this.openLine(user.id, user.id, null);
    return this.view(user, line.roomId);
  }

  /** Lines waiting for an answer that the caller answers now, oldest first. */
  async waiting(user: AuthUser): Promise<WaitingCareLine[]> {
    const rows = await this.lines.waiting(user.id, WAITING_LIMIT);
    return rows.filter((r) => decideCareLine(user.role, r.relation, 'write') === 'allow').map(waitingView);
  }

  /** After any message is stored: in a care line, the clock starts or stops, and the right people hear of it. */
  @OnEvent(RoomEvents.messageCreated)
  async onMessage(event: MessageEvent): Promise<void> {
    try {
      const memberId = await this.memberOf(event.message.room_id);
      if (!memberId) {
        return;
      }
      const changed = await this.lines.refreshWaiting(event.message.room_id, await this.settings.careAnswerMinutes());
      for (const line of changed) {
        await this.announce(line);
      }
      if (event.message.author_id !== memberId && event.message.status === 'visible') {
        await this.notifications.careAnswer(memberId);
      }
    } catch (error) {
      // The clock is caught up from the messages at the next boot (onApplicationBootstrap).
      this.logger.error(`care line clock failed: ${(error as Error).message}`);
    }
  }

  /** At boot: the clocks caught up from the messages (a crash may have lost an update), then overdue lines escalated. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.lines.refreshWaiting(null, await this.settings.careAnswerMinutes());
    } catch (error) {
      this.logger.warn(`care line catch-up failed: ${(error as Error).message}`);
    }
    await this.escalateDue();
  }

  /** Lines nobody answered in the program's answer time go to all of the member's care team and on-duty moderators. */
  @Interval(5_000)
  async escalateDue(): Promise<void> {
    let due: CareLineRow[];
    try {
      due = await this.transactions.run(async (tx) => {
        const rows = await this.lines.escalateDue(tx);
        for (const line of rows) {
          await this.audit.record(
            { actorId: null, action: 'care.escalated', targetType: 'room', targetId: line.room_id },
            tx,
          );
        }
        return rows;
      });
    } catch (error) {
      this.logger.warn(`care line escalation check failed: ${(error as Error).message}`);
      return;
    }
    for (const line of due) {
      this.logger.warn(`care line ${line.room_id} escalated: not answered in time`);
      const audience = await this.audience(line, true);
      this.toUsers({ userIds: audience, event: 'care:waiting', payload: waitingView(line) });
      this.toUsers({ userIds: audience, event: 'rooms:changed', payload: {} });
    }
  }

  private async openLine(
    memberId: string,
    openedBy: string,
    context: { alertId: string | null; reviewItemId: string | null; aboutAt: Date | null } | null,
  ): Promise<{ line: CareLineRef; created: boolean }> {
    const result = await this.transactions.run(async (tx) => {
      await this.lines.lockMember(memberId, tx);
      const existing = await this.lines.byMember(memberId, tx);
      let roomId = existing?.room_id;
      if (!roomId) {
        roomId = await this.rooms.createCareRoom(tx);
        await this.lines.insert({ roomId, memberId, openedBy }, tx);
        await this.audit.record(
          {
            actorId: openedBy,
            action: 'care.line_opened',
            targetType: 'room',
            targetId: roomId,
            details: { memberId },
          },
          tx,
        );
      }
      if (context && openedBy !== memberId) {
        await this.lines.addContext({ roomId, openedBy, ...context }, tx);
        await this.audit.record(
          {
            actorId: openedBy,
            action: 'care.context_attached',
            targetType: 'room',
            targetId: roomId,
            details: { memberId, alertId: context.alertId, reviewItemId: context.reviewItemId },
          },
          tx,
        );
      }
      return { line: { roomId, memberId }, created: !existing };
    });
    this.known.set(result.line.roomId, memberId);
    if (result.created) {
      this.toUsers({ userIds: [memberId], event: 'rooms:changed', payload: {} });
    }
    return result;
  }

  /** Staff may open a member's line when they answer it: their care team; a moderator once it escalated, on duty. */
  private async requireAnswers(user: AuthUser, memberId: string): Promise<void> {
    if (user.role === 'admin' || (await this.careTeam.includes(user.id, memberId))) {
      return;
    }
    const line = await this.lines.byMember(memberId);
    if (line) {
      const room = await this.rooms.findForUser(line.room_id, user.id);
      if (room && decideCareLine(user.role, room.relation, 'write') === 'allow') {
        return;
      }
    }
    throw new DomainError('not_found', MEMBER_NOT_FOUND);
  }

  /**
   * At step-down the line moves with the member to the alumni care team: the former one's open sockets leave it.
   * So on any role change, as the care team follows the role: an undone step-down (alumni made member again)
   * moves the line back, and the alumni care team must leave it.
   */
  @OnEvent(MEMBER_STEPPED_DOWN)
  @OnEvent('user.role_changed')
  async onSteppedDown(event: { userId: string }): Promise<void> {
    try {
      const line = await this.lines.byMember(event.userId);
      if (line) {
        this.events.emit(RoomEvents.accessChanged, { roomId: line.room_id } satisfies RoomUpdatedEvent);
      }
    } catch (error) {
      this.logger.error(`care line step-down check failed: ${(error as Error).message}`);
    }
  }

  private async announce(line: CareLineRow): Promise<void> {
    const audience = await this.audience(line, line.escalated_at !== null);
    if (line.waiting_since) {
      // A new waiting period is not escalated: moderators who answered the last one leave the line.
      this.events.emit(RoomEvents.accessChanged, { roomId: line.room_id } satisfies RoomUpdatedEvent);
      this.toUsers({ userIds: audience, event: 'care:waiting', payload: waitingView(line) });
    } else {
      this.toUsers({ userIds: audience, event: 'care:answered', payload: { roomId: line.room_id } });
    }
  }

  /** The member's care team; once escalated also the moderators on duty. Never clinicians of other cohorts. */
  private async audience(line: CareLineRow, escalated: boolean): Promise<string[]> {
    const team = await this.careTeam.of(line.member_id);
    return escalated ? [...new Set([...team, ...(await this.lines.onDutyModerators())])] : team;
  }

  private async memberOf(roomId: string): Promise<string | null> {
    if (this.known.has(roomId)) {
      return this.known.get(roomId) ?? null;
    }
    const memberId = await this.lines.memberOfRoom(roomId);
    if (this.known.size >= KNOWN_ROOMS_MAX) {
      this.known.clear();
    }
    this.known.set(roomId, memberId);
    return memberId;
  }

  private toUsers(event: ToUsersEvent): void {
    if (event.userIds.length > 0) {
      this.events.emit(TO_USERS, event);
    }
  }
}

function waitingView(line: CareLineRow): WaitingCareLine {
  return {
    roomId: line.room_id,
    member: { id: line.member_id, displayName: line.member_name },
    waitingSince: (line.waiting_since ?? new Date()).toISOString(),
    dueAt: (line.due_at ?? new Date()).toISOString(),
    escalated: line.escalated_at !== null,
  };
}

function contextView(c: CareContextRow, staff: boolean): CareLineContextView {
  const openedBy: StaffRef | null =
    c.opened_by &&
    c.opener_name &&
    (c.opener_role === 'clinician' || c.opener_role === 'moderator' || c.opener_role === 'admin')
      ? { id: c.opened_by, displayName: c.opener_name, role: c.opener_role }
      : null;
  return {
    id: c.id,
    kind: c.alert_id ? 'alert' : c.review_item_id ? 'review_item' : 'person',
    aboutAt: c.about_at?.toISOString() ?? null,
    afterSeq: Number(c.after_seq),
    createdAt: c.created_at.toISOString(),
    openedBy,
    alertId: staff ? c.alert_id : null,
    reviewItemId: staff ? c.review_item_id : null,
  };
}
