import { Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  SubscribeMessage,
  WebSocketServer,
} from '@nestjs/websockets';
import { Authenticated } from '../access/access.decorator';
import { socketUser } from '../access/socket-auth';
import type { SocketData } from '../access/socket-auth';
import { BlocksService } from '../blocks/blocks.service';
import type { ClientAck, ClientEvent, PersonRef, Role } from '../contract';
import { DomainError } from '../common/domain-error';
import { HearthGateway } from '../realtime/hearth-gateway.decorator';
import { dropUnreadableChannels, userRoom } from '../realtime/socket-user';
import type { HearthServer, HearthSocket } from '../realtime/socket-user';
import { HistoryService } from './history.service';
import { MessagesService } from './messages.service';
import { RoomAccess, ROOM_NOT_FOUND } from './room-access';
import { EditMessageDto, MessageRefDto, ReadDto, RoomRefDto, SendMessageDto, SyncDto } from './rooms.dto';
import { ROOM_CHANNEL_PREFIX, RoomEvents, roomChannel } from './rooms.events';
import type { MessageEvent, RoomUpdatedEvent } from './rooms.events';
import { RoomsService } from './rooms.service';
import { messageView } from './rooms.views';
import { MEMBER_STEPPED_DOWN, type MemberSteppedDownEvent } from '../users/users.events';

/** Presence changes in a room are gathered this long, then announced once. */
const PRESENCE_DEBOUNCE_MS = 200;
/** A socket's `typing` in one room is passed on at most this often. */
const TYPING_INTERVAL_MS = 2_000;

/**
 * Live chat rooms. A socket joins a room's channel (`room:<id>`) after the same
 * access check as REST, and is taken out of it the moment access ends (step-down,
 * role change). Messages are broadcast only after they are stored; each is sent
 * once to the room, except to people separated from its author by a block, and
 * held messages only to their author. Presence counts people, not tabs.
 */
@HearthGateway()
export class RoomsGateway implements OnGatewayConnection {
  private readonly logger = new Logger('RoomsGateway');
  private readonly presenceTimers = new Map<string, NodeJS.Timeout>();
  private readonly typingAt = new WeakMap<HearthSocket, Map<string, number>>();
  private readonly sending = new WeakMap<HearthSocket, Promise<void>>();
  /** Per room, the broadcasts not yet sent: each waits for the one before, so a room's messages go out in seq order. */
  private readonly outbox = new Map<string, Promise<void>>();

  @WebSocketServer()
  private readonly server!: HearthServer;

  constructor(
    private readonly access: RoomAccess,
    private readonly messages: MessagesService,
    private readonly history: HistoryService,
    private readonly rooms: RoomsService,
    private readonly blocks: BlocksService,
  ) {}

  handleConnection(client: HearthSocket): void {
    client.on('disconnecting', this.leaving);
  }

  /** One listener for every socket (`this` is the socket leaving): a closure per socket costs memory per idle socket. */
  private readonly leaving = ((gateway: RoomsGateway) =>
    function (this: HearthSocket): void {
      for (const channel of this.rooms) {
        if (channel.startsWith(ROOM_CHANNEL_PREFIX)) {
          gateway.schedulePresence(channel.slice(ROOM_CHANNEL_PREFIX.length));
        }
      }
    })(this);

  @Authenticated()
  @SubscribeMessage<ClientEvent>('room:join')
  async join(
    @ConnectedSocket() client: HearthSocket,
    @MessageBody() body: RoomRefDto,
  ): Promise<ClientAck<'room:join'>> {
    const user = socketUser(client);
    await this.access.require(user, body.roomId);
    await client.join(roomChannel(body.roomId));
    // Checked again after joining: a step-down committed in between has either
    // been seen here or will find this socket in the channel and remove it.
    let room: Awaited<ReturnType<RoomAccess['require']>>;
    try {
      room = await this.access.require(user, body.roomId);
    } catch (error) {
      await client.leave(roomChannel(body.roomId));
      throw error;
    }
    await this.history.auditCareRead(user, room, null);
    this.schedulePresence(body.roomId);
    return { ok: true, lastSeq: room.lastSeq, online: await this.online(body.roomId) };
  }

  @Authenticated()
  @SubscribeMessage<ClientEvent>('room:leave')
  async leave(
    @ConnectedSocket() client: HearthSocket,
    @MessageBody() body: RoomRefDto,
  ): Promise<ClientAck<'room:leave'>> {
    if (client.rooms.has(roomChannel(body.roomId))) {
      await client.leave(roomChannel(body.roomId));
      this.schedulePresence(body.roomId);
    }
    return { ok: true };
  }

  @Authenticated()
  @SubscribeMessage<ClientEvent>('message:send')
  async send(
    @ConnectedSocket() client: HearthSocket,
    @MessageBody() body: SendMessageDto,
  ): Promise<ClientAck<'message:send'>> {
    // One socket's sends are stored in the order it sent them, even when it does not wait for each ack
    // (the order guarantees and what keeps each: messages.service.ts).
    const previous = this.sending.get(client) ?? Promise.resolve();
    const current = previous.then(() => this.messages.send(socketUser(client), body.roomId, body));
    this.sending.set(
      client,
      current.then(
        () => undefined,
        () => undefined,
      ),
    );
    const { signpost, ...message } = await current;
    return signpost ? { ok: true, message, signpost } : { ok: true, message };
  }

  @Authenticated()
  @SubscribeMessage<ClientEvent>('message:edit')
  async edit(
    @ConnectedSocket() client: HearthSocket,
    @MessageBody() body: EditMessageDto,
  ): Promise<ClientAck<'message:edit'>> {
    const { signpost, ...message } = await this.messages.edit(socketUser(client), body.messageId, body);
    return signpost ? { ok: true, message, signpost } : { ok: true, message };
  }

  @Authenticated()
  @SubscribeMessage<ClientEvent>('message:delete')
  async remove(
    @ConnectedSocket() client: HearthSocket,
    @MessageBody() body: MessageRefDto,
  ): Promise<ClientAck<'message:delete'>> {
    return { ok: true, message: await this.messages.remove(socketUser(client), body.messageId) };
  }

  @Authenticated()
  @SubscribeMessage<ClientEvent>('sync')
  async sync(@ConnectedSocket() client: HearthSocket, @MessageBody() body: SyncDto): Promise<ClientAck<'sync'>> {
    return { ok: true, rooms: await this.history.sync(socketUser(client), body.rooms) };
  }

  @Authenticated()
  @SubscribeMessage<ClientEvent>('read')
  async read(@ConnectedSocket() client: HearthSocket, @MessageBody() body: ReadDto): Promise<ClientAck<'read'>> {
    await this.rooms.markRead(socketUser(client), body.roomId, body.seq);
    return { ok: true };
  }

  /** Ephemeral and throttled: only to sockets in the room, never stored. */
  @Authenticated()
  @SubscribeMessage<ClientEvent>('typing')
  async typing(@ConnectedSocket() client: HearthSocket, @MessageBody() body: RoomRefDto): Promise<ClientAck<'typing'>> {
    const channel = roomChannel(body.roomId);
    if (!client.rooms.has(channel)) {
      throw new DomainError('not_found', `${ROOM_NOT_FOUND}: join it first`, 'not_joined');
    }
    const seen = this.typingAt.get(client) ?? new Map<string, number>();
    this.typingAt.set(client, seen);
    const now = Date.now();
    if (now - (seen.get(body.roomId) ?? 0) >= TYPING_INTERVAL_MS) {
      seen.set(body.roomId, now);
      const user = socketUser(client);
      const separated = await this.blocks.separatedFrom(user.id);
      client
        .to(channel)
        .except(separated.map(userRoom))
        .emit('typing', { roomId: body.roomId, user: { id: user.id, displayName: user.displayName } });
    }
    return { ok: true };
  }

  @OnEvent(RoomEvents.messageCreated)
  onCreated(event: MessageEvent): Promise<void> {
    return this.inOrder(event.message.room_id, () => this.broadcast('message:new', event));
  }

  @OnEvent(RoomEvents.messageUpdated)
  onUpdated(event: MessageEvent): Promise<void> {
    return this.inOrder(event.message.room_id, () => this.broadcast('message:updated', event));
  }

  /**
   * Events are emitted in the order their transactions committed; broadcasting
   * awaits a lookup, so without this queue a later message could overtake an
   * earlier one on its way out (the order guarantees: messages.service.ts).
   */
  private inOrder(roomId: string, task: () => Promise<void>): Promise<void> {
    const previous = this.outbox.get(roomId) ?? Promise.resolve();
    const current = previous.then(task);
    this.outbox.set(roomId, current);
    void current.finally(() => {
      if (this.outbox.get(roomId) === current) {
        this.outbox.delete(roomId);
      }
    });
    return current;
  }

  @OnEvent(RoomEvents.roomUpdated)
  async onRoomUpdated(event: RoomUpdatedEvent): Promise<void> {
    try {
      const room = await this.rooms.publicView(event.roomId);
      if (room) {
        this.server.to(roomChannel(event.roomId)).emit('room:updated', room);
      }
    } catch (error) {
      this.logger.error({ code: (error as { code?: string }).code }, 'room broadcast failed');
    }
  }

  /** Every open socket in the room, on any node, that may no longer read it leaves it and is told so. */
  @OnEvent(RoomEvents.accessChanged)
  async onAccessChanged(event: RoomUpdatedEvent): Promise<void> {
    try {
      const channel = roomChannel(event.roomId);
      for (const socket of await this.server.in(channel).fetchSockets()) {
        const user = (socket.data as Partial<SocketData>).user;
        if (user && !(await this.access.canRead(user, event.roomId))) {
          socket.leave(channel);
          socket.emit('room:removed', { roomId: event.roomId });
        }
      }
      this.schedulePresence(event.roomId);
    } catch (error) {
      this.logger.error({ code: (error as { code?: string }).code }, 'could not re-check a room’s sockets');
    }
  }

  @OnEvent(MEMBER_STEPPED_DOWN)
  async onSteppedDown(event: MemberSteppedDownEvent): Promise<void> {
    await this.recheckAccess(event.userId, event.role);
  }

  @OnEvent('user.role_changed')
  async onRoleChanged(event: { userId: string; to: Role }): Promise<void> {
    await this.recheckAccess(event.userId, event.to);
  }

  /**
   * One payload for the room; the author's own sockets get theirs with the
   * clientMsgId (so a retrying client can match it). A held message reaches only
   * its author until a moderator approves it.
   */
  private async broadcast(
    event: 'message:new' | 'message:updated',
    { message, separated: known }: MessageEvent,
  ): Promise<void> {
    try {
      const author = userRoom(message.author_id);
      const own = messageView(message, { id: message.author_id, seesAll: false });
      if (message.status === 'pending') {
        this.server.to(author).emit(event, own);
        return;
      }
      const separated = known ?? (await this.blocks.separatedFrom(message.author_id));
      this.server
        .to(roomChannel(message.room_id))
        .except([author, ...separated.map(userRoom)])
        .emit(event, messageView(message, null));
      this.server.to(author).emit(event, own);
    } catch (error) {
      this.logger.error({ code: (error as { code?: string }).code }, 'message broadcast failed');
    }
  }

  /** Every socket of the user, on any node, leaves the rooms it may no longer read, and is told so. */
  private async recheckAccess(userId: string, role: Role): Promise<void> {
    try {
      await dropUnreadableChannels(
        this.server,
        userId,
        role,
        ROOM_CHANNEL_PREFIX,
        (user, roomId) => this.access.canRead(user, roomId),
        (socket, roomId) => {
          socket.emit('room:removed', { roomId });
          this.schedulePresence(roomId);
        },
      );
      this.server.to(userRoom(userId)).emit('rooms:changed', {});
    } catch (error) {
      this.logger.error({ code: (error as { code?: string }).code }, 'could not re-check room access');
    }
  }

  /** Who is here now, once per person however many tabs they have open (every node). */
  private async online(roomId: string): Promise<PersonRef[]> {
    let sockets: Awaited<ReturnType<HearthServer['fetchSockets']>>;
    try {
      sockets = await this.server.in(roomChannel(roomId)).fetchSockets();
    } catch (error) {
      // Another node did not answer in time (Redis or that node in trouble): this node's people, rather than no answer.
      this.logger.warn(`presence across nodes failed, showing this node's only: ${(error as Error).message}`);
      sockets = await this.server.in(roomChannel(roomId)).local.fetchSockets();
    }
    const people = new Map<string, PersonRef>();
    for (const socket of sockets) {
      const user = (socket.data as Partial<SocketData>).user;
      if (user && !people.has(user.id)) {
        people.set(user.id, { id: user.id, displayName: user.displayName });
      }
    }
    return [...people.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  private schedulePresence(roomId: string): void {
    if (this.presenceTimers.has(roomId)) {
      return;
    }
    const timer = setTimeout(() => {
      this.presenceTimers.delete(roomId);
      this.online(roomId).then(
        (online) => this.server.to(roomChannel(roomId)).emit('presence', { roomId, online }),
        (error: unknown) => this.logger.warn(`presence for a room failed: ${(error as Error).message}`),
      );
    }, PRESENCE_DEBOUNCE_MS);
    timer.unref();
    this.presenceTimers.set(roomId, timer);
  }
}
