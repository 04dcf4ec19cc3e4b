import { Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketServer,
} from '@nestjs/websockets';
import { Authenticated } from '../access/access.decorator';
import { socketUser } from '../access/socket-auth';
import type { SocketData } from '../access/socket-auth';
import { AuthService } from '../auth/auth.service';
import { RedisService } from '../redis/redis.service';
import { DomainError } from '../common/domain-error';
import type { ClientAck, ClientEvent, ServerEvent, ServerPayload, ServerToClientEvents } from '../contract';
import { ExpiryQueue } from './expiry-queue';
import { HearthGateway } from './hearth-gateway.decorator';
import { TO_USERS } from './relay';
import type { ToUsersEvent } from './relay';
import { RenewTokenDto } from './realtime.dto';
import { sessionRoom, userRoom } from './socket-user';
import type { HearthServer, HearthSocket } from './socket-user';
import type { UserSanctionedEvent } from '../sanctions/sanctions.service';
import { MEMBER_STEPPED_DOWN } from '../users/users.events';

const REFRESH_USER = 'hearth:refresh-user' as const;

/**
 * Connection lifecycle shared by every feature: each socket joins its user's and
 * its session's rooms (so sanctions and sign-outs reach it on any node), closes
 * when its access token expires unless renewed with `auth:renew`.
 */
@HearthGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  private readonly logger = new Logger('Realtime');
  /** Every open socket of this node, due to close when its access token expires (one timer for all). */
  private readonly expiries = new ExpiryQueue<HearthSocket>((client) => this.expire(client));

  @WebSocketServer()
  private readonly server!: HearthServer;

  constructor(
    private readonly auth: AuthService,
    private readonly redis: RedisService,
  ) {}

  async handleConnection(client: HearthSocket): Promise<void> {
    const user = socketUser(client);
    await client.join([userRoom(user.id), sessionRoom(user.sessionId)]);
    // Not one already gone (handleDisconnect has run): the queue would hold it until its token's expiry.
    if (client.connected) {
      this.expiries.set(client, client.data.expiresAt);
    }
  }

  handleDisconnect(client: HearthSocket): void {
    this.expiries.delete(client);
  }

  /** A fresh access token (after a refresh) keeps the socket open without reconnecting. */
  @Authenticated('any', { onboarding: true })
  @SubscribeMessage<ClientEvent>('auth:renew')
  async renew(
    @ConnectedSocket() client: HearthSocket,
    @MessageBody() body: RenewTokenDto,
  ): Promise<ClientAck<'auth:renew'>> {
    const { user, expiresAt } = await this.auth.authenticateToken(body.token);
    if (user.id !== socketUser(client).id) {
      throw new DomainError('forbidden', 'That token belongs to someone else');
    }
    client.data.user = user;
    client.data.expiresAt = expiresAt;
    if (!client.rooms.has(sessionRoom(user.sessionId))) {
      await client.join(sessionRoom(user.sessionId));
    }
    if (client.connected) {
      this.expiries.set(client, expiresAt);
    }
    return { ok: true, expiresAt: new Date(expiresAt).toISOString() };
  }

  @OnEvent('session.revoked')
  endSession(event: { sessionId: string }): void {
    this.server.in(sessionRoom(event.sessionId)).disconnectSockets(true);
  }

  /** Tells the person at once, then closes their sockets on every node if they may no longer be here. */
  @OnEvent('user.sanctioned')
  sanctioned(event: UserSanctionedEvent): void {
    this.server
      .to(userRoom(event.userId))
      .emit('sanction', { kind: event.kind, until: event.until, reason: event.reason });
    if (event.kind === 'suspend' || event.kind === 'ban') {
      // Not `close`: the disconnect packet then follows the sanction packet in order.
      this.server.in(userRoom(event.userId)).disconnectSockets(false);
    }
  }

  afterInit(): void {
    // Other nodes ask this one to refresh its sockets of a user (Redis adapter; a no-op on one node).
    this.server.on(REFRESH_USER, (userId: string) => void this.refreshLocal(userId));
  }

  /**
   * A socket holds who its user was at the handshake. When that changes (role,
   * step-down, accepted terms, second factor set up), every node re-reads it for
   * its own sockets of that user, so that access follows at once without a reconnect.
   */
  @OnEvent('user.role_changed')
  @OnEvent(MEMBER_STEPPED_DOWN)
  @OnEvent('consent.accepted')
  @OnEvent('mfa.enabled')
  @OnEvent('user.renamed')
  @OnEvent('member.rejoined')
  async refreshUser(event: { userId: string }): Promise<void> {
    if (this.redis.enabled) {
      // Only the Redis adapter reaches other nodes (the in-memory one warns and does nothing).
      this.server.serverSideEmit(REFRESH_USER, event.userId);
    }
    await this.refreshLocal(event.userId);
  }

  private async refreshLocal(userId: string): Promise<void> {
    const sockets = await this.server.in(userRoom(userId)).local.fetchSockets();
    for (const socket of sockets) {
      const current = (socket.data as Partial<SocketData>).user;
      if (!current) {
        continue;
      }
      try {
        socket.data.user = await this.auth.authenticate({
          sub: current.id,
          sid: current.sessionId,
          role: current.role,
        });
        socket.emit('session:refreshed', { role: socket.data.user.role });
      } catch {
        socket.disconnect(true);
      }
    }
  }

  @OnEvent(TO_USERS)
  toUsers(event: ToUsersEvent): void {
    if (event.userIds.length > 0) {
      this.emitTo(event.userIds.map(userRoom), event.event, event.payload);
    }
  }

  private emitTo<E extends ServerEvent>(rooms: string[], event: E, payload: ServerPayload<E>): void {
    // The payload is the event's own (ServerPayload<E>); TypeScript cannot see that a one-element tuple of it is the event's parameters.
    this.server.to(rooms).emit(event, ...([payload] as Parameters<ServerToClientEvents[E]>));
  }

  @OnEvent('user.sessions_revoked')
  endUserSessions(event: { userId: string }): void {
    this.server.in(userRoom(event.userId)).disconnectSockets(true);
  }

  private expire(client: HearthSocket): void {
    this.logger.debug(`socket ${client.id}: session time is up, closing it`);
    client.emit('session:expired', { reason: 'Your access token expired; refresh it and reconnect' });
    client.disconnect(true);
  }
}
