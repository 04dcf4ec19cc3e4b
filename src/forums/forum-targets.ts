import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { TargetChange, TargetHandler, TargetInfo } from '../moderation/targets';
import { ModerationTargets } from '../moderation/targets';
import { ForumEvents } from './forums.events';
import type { PostCreatedEvent, PostUpdatedEvent, ThreadUpdatedEvent } from './forums.events';
import { MentionsService } from './mentions.service';
import { PostsRepository } from './posts.repository';
import { ThreadsRepository } from './threads.repository';
import type { ContentStatus } from '../contract';

const excerpt = (text: string): string => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

/** How moderation sees and changes forum posts and threads (see ModerationTargets). */
@Injectable()
export class ForumTargets implements OnModuleInit {
  constructor(
    private readonly targets: ModerationTargets,
    private readonly posts: PostsRepository,
    private readonly threads: ThreadsRepository,
    private readonly mentions: MentionsService,
    private readonly events: EventEmitter2,
  ) {}

  onModuleInit(): void {
    this.targets.register('post', this.postHandler());
    this.targets.register('thread', this.threadHandler());
  }

  private postHandler(): TargetHandler {
    return {
      load: async (id, tx) => {
        const post = await this.posts.findRecord(id, tx);
        if (!post) {
          return undefined;
        }
        return {
          type: 'post',
          id,
          authorId: post.authorId,
          cohortId: post.cohortId,
          spaceKind: post.scope,
          spaceId: post.boardId,
          status: post.status,
          excerpt: excerpt(post.body),
          contentWarning: post.contentWarning,
        } satisfies TargetInfo;
      },
      setStatus: (id, status, tx) => this.posts.setStatus(id, status, tx),
      setContentWarning: (id, cw, tx) => this.posts.setContentWarning(id, cw, tx),
      announce: (change) => this.announcePost(change),
    };
  }

  private threadHandler(): TargetHandler {
    return {
      load: async (id, tx) => {
        const thread = await this.threads.findRecord(id, tx);
        if (!thread) {
          return undefined;
        }
        return {
          type: 'thread',
          id,
          authorId: thread.authorId,
          cohortId: thread.cohortId,
          spaceKind: thread.scope,
          spaceId: thread.boardId,
          status: thread.status,
          excerpt: excerpt(`${thread.title}\n${thread.body}`),
          contentWarning: thread.contentWarning,
        } satisfies TargetInfo;
      },
      setStatus: (id, status, tx) => this.threads.setStatus(id, status, tx),
      setContentWarning: (id, cw, tx) => this.threads.setContentWarning(id, cw, tx),
      announce: (change) => this.announceThread(change),
    };
  }

  private async announcePost(change: TargetChange): Promise<void> {
    const post = await this.posts.findRecord(change.id);
    if (!post) {
      return;
    }
    if (wasApproved(change.from, change.to)) {
      // Watchers never saw held content: it arrives as new, and its mentions notify now.
      this.events.emit(ForumEvents.postCreated, {
        postId: post.id,
        threadId: post.threadId,
        boardId: post.boardId,
        authorId: post.authorId,
      } satisfies PostCreatedEvent);
      await this.mentions.notify({
        author: { id: post.authorId },
        board: post,
        threadId: post.threadId,
        postId: post.id,
        text: post.body,
      });
      return;
    }
    this.events.emit(ForumEvents.postUpdated, { postId: post.id, threadId: post.threadId } satisfies PostUpdatedEvent);
  }

  private async announceThread(change: TargetChange): Promise<void> {
    const thread = await this.threads.findRecord(change.id);
    if (!thread) {
      return;
    }
    this.events.emit(ForumEvents.threadUpdated, { threadId: thread.id } satisfies ThreadUpdatedEvent);
    if (wasApproved(change.from, change.to)) {
      await this.mentions.notify({
        author: { id: thread.authorId },
        board: thread,
        threadId: thread.id,
        postId: null,
        text: `${thread.title}\n${thread.body}`,
      });
    }
  }
}

function wasApproved(from: ContentStatus | null | undefined, to: ContentStatus | undefined): boolean {
  return from === 'pending' && to === 'visible';
}
