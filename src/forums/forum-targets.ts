import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { TargetChange, TargetContext, TargetHandler, TargetInfo } from '../moderation/targets';
import { ModerationTargets } from '../moderation/targets';
import { ForumEvents } from './forums.events';
import { authorView } from './forums.views';
import type { PostCreatedEvent, PostUpdatedEvent, ThreadUpdatedEvent } from './forums.events';
import { MentionsService } from './mentions.service';
import { PostsRepository } from './posts.repository';
import { ThreadsRepository } from './threads.repository';
import type { AlertContextEntry, ContentStatus } from '../contract';

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
      context: async (id, around) => {
        const post = await this.posts.findRecord(id);
        return post ? this.context(post.threadId, id, around) : undefined;
      },
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
      context: (id, around) => this.context(id, null, around),
    };
  }

  /**
   * A thread at the post (or at its start): the posts around it, after the
   * thread's opening words when the context reaches back to them.
   */
  private async context(threadId: string, postId: string | null, around: number): Promise<TargetContext | undefined> {
    const [thread, rows] = await Promise.all([
      this.threads.opening(threadId),
      this.posts.around(threadId, postId, around),
    ]);
    if (!thread) {
      return undefined;
    }
    const entries: AlertContextEntry[] = [];
    const reachesStart = postId === null || (rows[0]?.visible_before ?? 0) < around;
    if (reachesStart && (postId === null || thread.status === 'visible')) {
      entries.push({
        id: thread.id,
        author: authorView(thread.authorId, thread.authorName, thread.authorStatus),
        body: `${thread.title}\n${thread.body}`,
        contentWarning: thread.contentWarning,
        createdAt: thread.createdAt.toISOString(),
        isTarget: postId === null,
      });
    }
    for (const row of rows) {
      entries.push({
        id: row.id,
        author: authorView(row.author_id, row.display_name, row.author_status),
        body: row.status === 'removed' ? '' : row.body,
        contentWarning: row.content_warning,
        createdAt: row.created_at.toISOString(),
        isTarget: row.is_target,
      });
    }
    return { where: postId ? { threadId, postId } : { threadId }, entries };
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
