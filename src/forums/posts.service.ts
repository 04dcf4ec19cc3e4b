import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { ForumAccess } from './forum-access';
import { ForumSafety, withSignpost } from './forum-safety';
import type { CreatePostDto, EditPostDto } from './forums.dto';
import { ForumEvents, PostCreatedEvent, PostUpdatedEvent } from './forums.events';
import type { Viewer } from './forums.views';
import { MentionsService } from './mentions.service';
import { PostRecord, PostsRepository, postView } from './posts.repository';
import { ThreadsRepository } from './threads.repository';
import { ThreadsService } from './threads.service';
import { WriteLimit } from './write-limit';
import type { PostEditView, PostView, PostWithSignpost, ReactionKind, Signpost } from '../contract';

/** Replies: writing, editing (with history), soft removal and reactions. */
@Injectable()
export class PostsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly forumAccess: ForumAccess,
    private readonly threads: ThreadsRepository,
    private readonly threadsService: ThreadsService,
    private readonly posts: PostsRepository,
    private readonly mentions: MentionsService,
    private readonly writeLimit: WriteLimit,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
    private readonly safety: ForumSafety,
  ) {}

  /** validate (DTO) → access → screening → persist → domain event (the gateway broadcasts) → mentions. */
  async reply(user: AuthUser, threadId: string, dto: CreatePostDto): Promise<PostWithSignpost> {
    const { thread, viewer } = await this.forumAccess.requireThread(user, threadId, 'write');
    await this.writeLimit.take(user);
    const screened = await this.safety.screen({ body: dto.body });
    const content = { body: screened.texts.body, contentWarning: dto.contentWarning ?? null };
    const status = screened.status;
    const { created, after } = await this.transactions.run(async (tx) => {
      // Locked under the thread's row lock, so a reply cannot slip in after a lock.
      const current = await this.threads.lockRecord(threadId, tx);
      if (!current) {
        throw new DomainError('not_found', 'Thread not found');
      }
      if (current.locked && !viewer.seesAll) {
        throw new DomainError('forbidden', 'This thread is locked: it no longer takes replies', 'thread_locked');
      }
      if (current.status === 'removed' && !viewer.seesAll) {
        throw new DomainError('conflict', 'This thread was removed and no longer takes replies', 'removed');
      }
      if (dto.parentId) {
        await this.requireReplyable(dto.parentId, threadId, viewer);
      }
      const post = await this.posts.insert(
        { threadId, parentId: dto.parentId ?? null, authorId: user.id, status, ...content },
        tx,
      );
      await this.threads.bump(threadId, post.createdAt, tx);
      const target = {
        type: 'post' as const,
        id: post.id,
        authorId: user.id,
        boardId: current.boardId,
        scope: current.scope,
        cohortId: current.cohortId,
        excerpt: content.body,
        threadId,
      };
      return { created: post, after: await this.safety.record(tx, target, screened) };
    });
    await after.announce();
    this.events.emit(ForumEvents.postCreated, {
      postId: created.id,
      threadId,
      boardId: thread.boardId,
      authorId: user.id,
    } satisfies PostCreatedEvent);
    if (status === 'visible' && thread.status === 'visible') {
      await this.mentions.notify({ author: user, board: thread, threadId, postId: created.id, text: content.body });
    }
    return withSignpost(await this.viewOrFail(created.id, viewer), after.signpost);
  }

  async edit(user: AuthUser, postId: string, dto: EditPostDto): Promise<PostWithSignpost> {
    if (dto.body === undefined && dto.contentWarning === undefined) {
      throw new DomainError('invalid', 'Nothing to change: send body or contentWarning');
    }
    const { post, viewer } = await this.requirePost(user, postId, 'write');
    let after: { signpost?: Signpost; announce: () => Promise<void> } | undefined;
    const before = await this.transactions.run(async (tx) => {
      const current = await this.posts.lockRecord(postId, tx);
      if (!current) {
        throw new DomainError('not_found', 'Post not found');
      }
      this.threadsService.requireMayEdit(user, viewer.seesAll, current.authorId, current.status, current.threadLocked);
      // Edits pass the pipeline again: wording that needs approval holds the post anew.
      const screened = await this.safety.screen({ body: dto.body ?? current.body });
      const next = {
        body: screened.texts.body,
        contentWarning: dto.contentWarning === undefined ? current.contentWarning : dto.contentWarning,
      };
      if (screened.status === 'pending' && current.status === 'visible') {
        await this.posts.setStatus(postId, 'pending', tx);
      }
      after = await this.safety.record(
        tx,
        {
          type: 'post',
          id: postId,
          authorId: current.authorId,
          boardId: current.boardId,
          scope: current.scope,
          cohortId: current.cohortId,
          excerpt: next.body,
          threadId: current.threadId,
        },
        screened,
      );
      await this.threads.recordEdit(
        {
          threadId: current.threadId,
          postId,
          editorId: user.id,
          previousTitle: null,
          previousBody: current.body,
          previousContentWarning: current.contentWarning,
        },
        tx,
      );
      await this.posts.setContent(postId, next, tx);
      if (user.id !== current.authorId) {
        await this.audit.record(
          {
            actorId: user.id,
            action: 'forum.post_edited',
            targetType: 'post',
            targetId: postId,
            cohortId: current.cohortId,
          },
          tx,
        );
      }
      return current;
    });
    await after?.announce();
    this.events.emit(ForumEvents.postUpdated, { postId, threadId: post.threadId } satisfies PostUpdatedEvent);
    const view = await this.viewOrFail(postId, viewer);
    if (view.status === 'visible' && post.threadStatus === 'visible' && dto.body !== undefined) {
      await this.mentions.notify({
        author: user,
        board: post,
        threadId: post.threadId,
        postId,
        text: dto.body,
        previousText: before.body,
      });
    }
    return withSignpost(view, after?.signpost);
  }

  /** Soft delete: the post keeps its place in the tree as "[removed]" and its words are no longer sent. */
  async remove(user: AuthUser, postId: string): Promise<PostView> {
    const { post, viewer } = await this.requirePost(user, postId);
    if (post.authorId !== user.id) {
      this.forumAccess.requireBoardStaff(viewer);
    }
    if (post.status !== 'removed') {
      await this.transactions.run(async (tx) => {
        await this.posts.remove(postId, user.id, tx);
        if (post.authorId !== user.id) {
          await this.audit.record(
            {
              actorId: user.id,
              action: 'forum.post_removed',
              targetType: 'post',
              targetId: postId,
              cohortId: post.cohortId,
            },
            tx,
          );
        }
      });
      this.events.emit(ForumEvents.postUpdated, { postId, threadId: post.threadId } satisfies PostUpdatedEvent);
    }
    return this.viewOrFail(postId, viewer);
  }

  /** Idempotent: reacting twice with the same kind counts once. */
  async react(user: AuthUser, postId: string, kind: ReactionKind): Promise<PostView> {
    const { post, viewer } = await this.requirePost(user, postId, 'write');
    if (post.status === 'removed' || post.status === 'hidden') {
      throw new DomainError('conflict', 'This post is not available for reactions', post.status);
    }
    if (await this.posts.react(postId, user.id, kind)) {
      this.events.emit(ForumEvents.postUpdated, { postId, threadId: post.threadId } satisfies PostUpdatedEvent);
    }
    return this.viewOrFail(postId, viewer);
  }

  async unreact(user: AuthUser, postId: string, kind: ReactionKind): Promise<PostView> {
    const { post, viewer } = await this.requirePost(user, postId);
    if (await this.posts.unreact(postId, user.id, kind)) {
      this.events.emit(ForumEvents.postUpdated, { postId, threadId: post.threadId } satisfies PostUpdatedEvent);
    }
    return this.viewOrFail(postId, viewer);
  }

  async edits(user: AuthUser, postId: string): Promise<PostEditView[]> {
    const { post, viewer } = await this.requirePost(user, postId);
    this.forumAccess.requireBoardStaff(viewer);
    return this.threads.edits(post.threadId, postId);
  }

  /** The one payload watchers of the thread get: public fields only, or null when it is not for everyone. */
  async broadcastView(postId: string): Promise<PostView | null> {
    const row = await this.posts.row(postId);
    if (!row || row.status === 'pending') {
      return null;
    }
    return postView(row, null, await this.posts.reactions(postId, null));
  }

  private async requirePost(
    user: AuthUser,
    postId: string,
    action: 'read' | 'write' = 'read',
  ): Promise<{ post: PostRecord; viewer: Viewer }> {
    const post = await this.posts.findRecord(postId);
    if (!post) {
      throw new DomainError('not_found', 'Post not found');
    }
    const { viewer } = await this.forumAccess.requireThread(
      user,
      {
        id: post.threadId,
        boardId: post.boardId,
        scope: post.scope,
        cohortId: post.cohortId,
        authorId: post.threadAuthorId,
        status: post.threadStatus,
        locked: post.threadLocked,
        title: '',
        body: '',
        contentWarning: null,
      },
      action,
    );
    if (!this.forumAccess.mayOpen(post.status, post.authorId, viewer)) {
      throw new DomainError('not_found', 'Post not found');
    }
    return { post, viewer };
  }

  private async requireReplyable(parentId: string, threadId: string, viewer: Viewer): Promise<void> {
    const parent = await this.posts.findRecord(parentId);
    if (!parent || parent.threadId !== threadId || !this.forumAccess.mayOpen(parent.status, parent.authorId, viewer)) {
      throw new DomainError('not_found', 'The post you are replying to was not found in this thread');
    }
    if ((parent.status === 'removed' || parent.status === 'hidden') && !viewer.seesAll) {
      throw new DomainError('conflict', 'The post you are replying to is no longer available', 'parent_unavailable');
    }
  }

  private async viewOrFail(postId: string, viewer: Viewer): Promise<PostView> {
    const row = await this.posts.row(postId);
    if (!row) {
      throw new DomainError('not_found', 'Post not found');
    }
    return postView(row, viewer, await this.posts.reactions(postId, viewer.id));
  }
}
