import { Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketServer } from '@nestjs/websockets';
import { Authenticated } from '../access/access.decorator';
import { socketUser } from '../access/socket-auth';
import { DomainError } from '../common/domain-error';
import { HearthGateway } from '../realtime/hearth-gateway.decorator';
import { dropUnreadableChannels, userRoom } from '../realtime/socket-user';
import type { HearthServer, HearthSocket } from '../realtime/socket-user';
import { BlocksService } from '../blocks/blocks.service';
import { ForumAccess } from './forum-access';
import { WatchThreadDto } from './forums.dto';
import { ForumEvents, threadRoom } from './forums.events';
import type { PostCreatedEvent, PostUpdatedEvent, ThreadUpdatedEvent } from './forums.events';
import { PostsService } from './posts.service';
import { ThreadsRepository } from './threads.repository';
import type { Ack, ClientAck, ClientEvent, Role } from '../contract';
import { MEMBER_STEPPED_DOWN, type MemberSteppedDownEvent } from '../users/users.events';

const THREAD_ROOM_PREFIX = threadRoom('');

/**
 * Live threads: watchers of a thread (Socket.IO room `thread:<id>`) get
 * `post:new`, `post:updated` and `thread:updated`, one payload per broadcast.
 * Someone who loses access (step-down, role change) leaves the rooms at once.
 */
@HearthGateway()
export class ForumsGateway {
  private readonly logger = new Logger('ForumsGateway');

  @WebSocketServer()
  private readonly server!: HearthServer;

  constructor(
    private readonly forumAccess: ForumAccess,
    private readonly posts: PostsService,
    private readonly threads: ThreadsRepository,
    private readonly blocks: BlocksService,
  ) {}

  @Authenticated()
  @SubscribeMessage<ClientEvent>('thread:watch')
  async watch(
    @ConnectedSocket() client: HearthSocket,
    @MessageBody() body: WatchThreadDto,
  ): Promise<ClientAck<'thread:watch'>> {
    return this.join(client, body.threadId);
  }

  @Authenticated()
  @SubscribeMessage<ClientEvent>('thread:unwatch')
  async unwatch(
    @ConnectedSocket() client: HearthSocket,
    @MessageBody() body: WatchThreadDto,
  ): Promise<ClientAck<'thread:unwatch'>> {
    await client.leave(threadRoom(body.threadId));
    return { ok: true };
  }

  @OnEvent(ForumEvents.postCreated)
  async onPostCreated(event: PostCreatedEvent): Promise<void> {
    await this.broadcastPost('post:new', event);
  }

  @OnEvent(ForumEvents.postUpdated)
  async onPostUpdated(event: PostUpdatedEvent): Promise<void> {
    await this.broadcastPost('post:updated', event);
  }

  @OnEvent(ForumEvents.threadUpdated)
  async onThreadUpdated(event: ThreadUpdatedEvent): Promise<void> {
    try {
      const thread = await this.threads.view(event.threadId, null);
      if (thread && thread.status !== 'pending') {
        this.server.to(threadRoom(event.threadId)).emit('thread:updated', thread);
      }
    } catch (error) {
      this.logger.error({ code: (error as { code?: string }).code }, 'thread broadcast failed');
    }
  }

  @OnEvent(MEMBER_STEPPED_DOWN)
  async onSteppedDown(event: MemberSteppedDownEvent): Promise<void> {
    await this.dropUnreadableWatches(event.userId, event.role);
  }

  @OnEvent('user.role_changed')
  async onRoleChanged(event: { userId: string; to: Role }): Promise<void> {
    await this.dropUnreadableWatches(event.userId, event.to);
  }

  private async join(client: HearthSocket, threadId: string): Promise<Ack> {
    const user = socketUser(client);
    await this.forumAccess.requireThread(user, threadId);
    await client.join(threadRoom(threadId));
    // Checked again after joining: a step-down committed between the check and the
    // join has either been seen here or will find this socket in the room.
    if (!(await this.forumAccess.canReadThread(user, threadId))) {
      await client.leave(threadRoom(threadId));
      throw new DomainError('not_found', 'Thread not found');
    }
    return { ok: true };
  }

  private async broadcastPost(
    event: 'post:new' | 'post:updated',
    { postId, threadId }: PostUpdatedEvent,
  ): Promise<void> {
    try {
      const post = await this.posts.broadcastView(postId);
      if (post) {
        // People separated from the author by a block do not receive their words.
        const separated = post.author ? await this.blocks.separatedFrom(post.author.id) : [];
        this.server.to(threadRoom(threadId)).except(separated.map(userRoom)).emit(event, post);
      }
    } catch (error) {
      this.logger.error({ code: (error as { code?: string }).code }, 'post broadcast failed');
    }
  }

  /** Every socket of the user (on any node) leaves the thread rooms it may no longer read. */
  private async dropUnreadableWatches(userId: string, role: Role): Promise<void> {
    try {
      await dropUnreadableChannels(this.server, userId, role, THREAD_ROOM_PREFIX, (user, threadId) =>
        this.forumAccess.canReadThread(user, threadId),
      );
    } catch (error) {
      this.logger.error({ code: (error as { code?: string }).code }, 'could not re-check thread watchers');
    }
  }
}
