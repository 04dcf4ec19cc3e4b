import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { AccessService } from '../access/access.service';
import { isStaff } from '../access/policy';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { jsonBytes, type JsonBytes } from '../common/json-text';
import { Transactions } from '../database/transactions';
import { BlocksService } from '../blocks/blocks.service';
import { BoardsRepository } from './boards.repository';
import { ForumAccess } from './forum-access';
import { ForumSafety, withSignpost } from './forum-safety';
import { ForumEvents, ThreadUpdatedEvent } from './forums.events';
import { reactionViews, type Viewer } from './forums.views';
import type { CreateThreadDto, ThreadPageQuery, UpdateThreadDto } from './forums.dto';
import { MentionsService } from './mentions.service';
import { PostsRepository, postView } from './posts.repository';
import { decodeCursor, encodeCursor } from './thread-cursor';
import { ThreadRepliesCache, type CachedReplies } from './thread-replies-cache';
import { ThreadsRepository, threadView } from './threads.repository';
import { WriteLimit } from './write-limit';
import type {
  BoardView,
  ContentStatus,
  ReactionKind,
  Signpost,
  ThreadPage,
  ThreadView,
  ThreadWithPosts,
  ThreadWithSignpost,
} from '../contract';

const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']}');
/** A blocked person's reply in its place: no words or name (keys after the view's, as the reader has them). */
const BLOCKED_PLACE = { author: null, body: null, contentWarning: null, hiddenReason: 'blocked' as const };
/** A reader who is neither a reply's author nor staff (no id matches an author's). */
const ORDINARY_READER = { id: '', seesAll: false };

/** A reply's reaction counts, as postView takes them, with whether the reader gave each kind. */
function reactionCounts(
  postId: string,
  counts: Map<ReactionKind, number> | undefined,
  mine?: Set<ReactionKind>,
): Map<string, Map<ReactionKind, { count: number; mine: boolean }>> {
  const forPost = new Map<ReactionKind, { count: number; mine: boolean }>();
  for (const [kind, count] of counts ?? []) {
    forPost.set(kind, { count, mine: mine?.has(kind) ?? false });
  }
  // The reader's own, read a moment after the counts: never shown as given but uncounted.
  for (const kind of mine ?? []) {
    if (!forPost.has(kind)) {
      forPost.set(kind, { count: 1, mine: true });
    }
  }
  return new Map([[postId, forPost]]);
}

/** Boards and threads: listing, reading, starting, pinning, locking, editing and removing threads. */
@Injectable()
export class ThreadsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly access: AccessService,
    private readonly forumAccess: ForumAccess,
    private readonly boards: BoardsRepository,
    private readonly threads: ThreadsRepository,
    private readonly posts: PostsRepository,
    private readonly mentions: MentionsService,
    private readonly writeLimit: WriteLimit,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
    private readonly safety: ForumSafety,
    private readonly blocks: BlocksService,
    private readonly repliesCache: ThreadRepliesCache,
  ) {}

  async listBoards(user: AuthUser): Promise<BoardView[]> {
    return this.boards.listReadable(await this.access.visibleSpaces(user), user.id, isStaff(user));
  }

  async board(user: AuthUser, boardId: string): Promise<BoardView> {
    const { viewer } = await this.forumAccess.requireBoard(user, boardId, 'read');
    const [view] = await this.boards.listReadable(
      await this.access.visibleSpaces(user),
      user.id,
      viewer.seesAll,
      boardId,
    );
    if (!view) {
      throw new DomainError('not_found', 'Board not found');
    }
    return view;
  }

  async listThreads(user: AuthUser, boardId: string, query: ThreadPageQuery): Promise<ThreadPage> {
    const { viewer } = await this.forumAccess.requireBoard(user, boardId, 'read');
    const cursor = query.cursor ? decodeCursor(query.cursor, boardId) : null;
    const limit = query.limit ?? 20;
    const [rows, separated] = await Promise.all([
      this.threads.page(boardId, viewer, cursor, limit + 1),
      this.blocks.separatedFrom(user.id),
    ]);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      // Threads started by someone the caller blocked (or who blocked them) are left out.
      threads: page.filter((row) => !separated.includes(row.author_id)).map((row) => threadView(row, viewer)),
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({
              boardId,
              snapshot: last.snapshot_key,
              pinned: last.pinned,
              activity: last.activity_key,
              id: last.id,
            })
          : null,
    };
  }

  /**
   * A thread and its replies in tree order, as JSON bytes (replyParts says what each reader sees). The
   * replies come from ThreadRepliesCache while the thread's version stands, with their JSON as the
   * ordinary reader reads them, each and joined, so most reads serialise nothing but the thread. The bytes
   * are exactly JSON.stringify({ thread, posts }) of the views (test/forums-thread-json.e2e-spec.ts).
   */
  async read(user: AuthUser, threadId: string): Promise<JsonBytes<ThreadWithPosts>> {
    // One round trip for all but the replies (and the cohort check of a cohort board's reader).
    const found = await this.threads.forReading(threadId, user.id);
    const { viewer } = await this.forumAccess.requireThread(user, found?.record ?? null);
    if (!found) {
      throw new DomainError('not_found', 'Thread not found');
    }
    const { separated: separatedList, opening, mine } = found;
    const separated = new Set(separatedList);
    const view = found.view(viewer);
    if (view.author && separated.has(view.author.id)) {
      throw new DomainError('not_found', 'Thread not found');
    }
    const replies = await this.replies(threadId, found.repliesVersion);
    const thread: ThreadView = { ...view, reactions: reactionViews(opening, true) };
    const head = Buffer.from(`{"thread":${JSON.stringify(thread)},"posts":[`);
    const ordinary =
      !viewer.seesAll &&
      mine.size === 0 &&
      !replies.unseenAuthors.has(viewer.id) &&
      !separatedList.some((id) => replies.authors.has(id));
    if (ordinary) {
      // Every reply reads for this reader as for the ordinary reader: the joined JSON, kept.
      replies.ordinary ??= Buffer.concat(this.replyParts(replies, ORDINARY_READER, new Set(), new Map()));
      return jsonBytes<ThreadWithPosts>([head, replies.ordinary, CLOSE]);
    }
    return jsonBytes<ThreadWithPosts>([head, ...this.replyParts(replies, viewer, separated, mine), CLOSE]);
  }

  /**
   * The replies' JSON for `viewer`, comma-separated, in tree order. Others' posts awaiting approval are left
   * out, with anything under them; a blocked person's reply keeps its place without their words or name. A
   * reply reads for everyone as for the ordinary reader unless the viewer reacted to it, is separated from its
   * author, or it is not visible and they wrote it or are staff: then its JSON is built for them.
   */
  private replyParts(
    replies: CachedReplies,
    viewer: Viewer,
    separated: ReadonlySet<string>,
    mine: ReadonlyMap<string, Set<ReactionKind>>,
  ): Buffer[] {
    const parts: Buffer[] = [];
    const withheld = new Set<string>();
    const { rows, counts, plain } = replies;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (
        (row.parent_id && withheld.has(row.parent_id)) ||
        !this.forumAccess.mayOpen(row.status, row.author_id, viewer)
      ) {
        withheld.add(row.id);
        continue;
      }
      if (parts.length > 0) {
        parts.push(COMMA);
      }
      const reacted = mine.get(row.id);
      if (separated.has(row.author_id)) {
        const view = postView(row, viewer, reactionCounts(row.id, counts.get(row.id), reacted));
        parts.push(Buffer.from(JSON.stringify({ ...view, ...BLOCKED_PLACE })));
      } else if (reacted || (row.status !== 'visible' && (viewer.seesAll || row.author_id === viewer.id))) {
        parts.push(
          Buffer.from(JSON.stringify(postView(row, viewer, reactionCounts(row.id, counts.get(row.id), reacted)))),
        );
      } else {
        const kept = (plain[i] ??= Buffer.from(
          JSON.stringify(postView(row, ORDINARY_READER, reactionCounts(row.id, counts.get(row.id)))),
        ));
        parts.push(kept);
      }
    }
    return parts;
  }

  /** The thread's replies at `version` or later: kept ones, or read and kept. */
  private async replies(threadId: string, version: string): Promise<CachedReplies> {
    const kept = this.repliesCache.get(threadId, version);
    if (kept) {
      return kept;
    }
    const read = await this.posts.threadReplies(threadId);
    if (!read) {
      throw new DomainError('not_found', 'Thread not found');
    }
    return this.repliesCache.keep(threadId, read);
  }

  async create(user: AuthUser, boardId: string, dto: CreateThreadDto): Promise<ThreadWithSignpost> {
    const { board, viewer } = await this.forumAccess.requireBoard(user, boardId, 'write');
    await this.writeLimit.take(user);
    const screened = await this.safety.screen({ title: dto.title, body: dto.body });
    const content = {
      title: screened.texts.title,
      body: screened.texts.body,
      contentWarning: dto.contentWarning ?? null,
    };
    const status = screened.status;
    const { threadId, after } = await this.transactions.run(async (tx) => {
      const id = await this.threads.insert({ boardId, authorId: user.id, status, ...content }, tx);
      const target = {
        type: 'thread' as const,
        id,
        authorId: user.id,
        boardId,
        scope: board.scope,
        cohortId: board.cohortId,
        excerpt: `${content.title}\n${content.body}`,
      };
      return { threadId: id, after: await this.safety.record(tx, target, screened) };
    });
    await after.announce();
    if (status === 'visible') {
      await this.mentions.notify({
        author: user,
        board,
        threadId,
        postId: null,
        text: `${content.title}\n${content.body}`,
      });
    }
    return withSignpost(await this.viewOrFail(threadId, viewer), after.signpost);
  }

  /** Reacting to the opening words, as to a reply; idempotent. */
  async react(user: AuthUser, threadId: string, kind: ReactionKind, on: boolean): Promise<ThreadView> {
    const { thread, viewer } = await this.forumAccess.requireThread(user, threadId, on ? 'write' : 'read');
    if (on && (thread.status === 'removed' || thread.status === 'hidden')) {
      throw new DomainError('conflict', 'This thread is not available for reactions', thread.status);
    }
    if (on) {
      await this.posts.reactToThread(threadId, user.id, kind);
    } else {
      await this.posts.unreactThread(threadId, user.id, kind);
    }
    const view = await this.threads.view(threadId, viewer);
    if (!view) {
      throw new DomainError('not_found', 'Thread not found');
    }
    return { ...view, reactions: reactionViews(await this.posts.threadReactions(threadId, user.id), true) };
  }

  /** Pinning and locking are for staff who moderate the board; title and body for the author (or such staff). */
  async update(user: AuthUser, threadId: string, dto: UpdateThreadDto): Promise<ThreadWithSignpost> {
    const flags = { pinned: dto.pinned, locked: dto.locked };
    const editing = dto.title !== undefined || dto.body !== undefined || dto.contentWarning !== undefined;
    if (flags.pinned === undefined && flags.locked === undefined && !editing) {
      throw new DomainError('invalid', 'Nothing to change: send pinned, locked, title, body or contentWarning');
    }
    const { thread: found, viewer } = await this.forumAccess.requireThread(user, threadId);
    if (flags.pinned !== undefined || flags.locked !== undefined) {
      this.forumAccess.requireBoardStaff(viewer);
    }
    let previous: string | undefined;
    let after: { signpost?: Signpost; announce: () => Promise<void> } | undefined;
    await this.transactions.run(async (tx) => {
      const thread = await this.threads.lockRecord(threadId, tx);
      if (!thread) {
        throw new DomainError('not_found', 'Thread not found');
      }
      if (editing) {
        this.requireMayEdit(user, viewer.seesAll, thread.authorId, thread.status, thread.locked);
        // Edits pass the pipeline again: wording that needs approval holds the thread anew.
        const screened = await this.safety.screen({ title: dto.title ?? thread.title, body: dto.body ?? thread.body });
        const next = {
          title: screened.texts.title,
          body: screened.texts.body,
          contentWarning: dto.contentWarning === undefined ? thread.contentWarning : dto.contentWarning,
        };
        if (screened.status === 'pending' && thread.status === 'visible') {
          await this.threads.setStatus(threadId, 'pending', tx);
        }
        after = await this.safety.record(
          tx,
          {
            type: 'thread',
            id: threadId,
            authorId: thread.authorId,
            boardId: thread.boardId,
            scope: thread.scope,
            cohortId: thread.cohortId,
            excerpt: `${next.title}\n${next.body}`,
          },
          screened,
        );
        await this.threads.recordEdit(
          {
            threadId,
            postId: null,
            editorId: user.id,
            previousTitle: thread.title,
            previousBody: thread.body,
            previousContentWarning: thread.contentWarning,
          },
          tx,
        );
        await this.threads.setContent(threadId, next, tx);
        previous = `${thread.title}\n${thread.body}`;
        if (user.id !== thread.authorId) {
          await this.audit.record(
            {
              actorId: user.id,
              action: 'forum.thread_edited',
              targetType: 'thread',
              targetId: threadId,
              cohortId: thread.cohortId,
            },
            tx,
          );
        }
      }
      if (flags.pinned !== undefined || flags.locked !== undefined) {
        await this.threads.setFlags(threadId, flags, tx);
        await this.audit.record(
          {
            actorId: user.id,
            action: 'forum.thread_flags',
            targetType: 'thread',
            targetId: threadId,
            cohortId: thread.cohortId,
            details: flags,
          },
          tx,
        );
      }
    });
    await after?.announce();
    this.events.emit(ForumEvents.threadUpdated, { threadId } satisfies ThreadUpdatedEvent);
    const view = await this.viewOrFail(threadId, viewer);
    if (previous !== undefined && view.status === 'visible') {
      await this.mentions.notify({
        author: user,
        board: found,
        threadId,
        postId: null,
        text: `${view.title ?? ''}\n${view.body ?? ''}`,
        previousText: previous,
      });
    }
    return withSignpost(view, after?.signpost);
  }

  /** Soft delete: the thread stays (its replies keep their place) but its words are no longer shown. */
  async remove(user: AuthUser, threadId: string): Promise<ThreadView> {
    const { thread, viewer } = await this.forumAccess.requireThread(user, threadId);
    if (thread.authorId !== user.id) {
      this.forumAccess.requireBoardStaff(viewer);
    }
    if (thread.status !== 'removed') {
      await this.transactions.run(async (tx) => {
        await this.threads.remove(threadId, user.id, tx);
        if (thread.authorId !== user.id) {
          await this.audit.record(
            {
              actorId: user.id,
              action: 'forum.thread_removed',
              targetType: 'thread',
              targetId: threadId,
              cohortId: thread.cohortId,
            },
            tx,
          );
        }
      });
      this.events.emit(ForumEvents.threadUpdated, { threadId } satisfies ThreadUpdatedEvent);
    }
    return this.viewOrFail(threadId, viewer);
  }

  async edits(user: AuthUser, threadId: string) {
    const { viewer } = await this.forumAccess.requireThread(user, threadId);
    this.forumAccess.requireBoardStaff(viewer);
    return this.threads.edits(threadId, null);
  }

  /** Edits: the author while the content is theirs to change, or staff who moderate the board. */
  requireMayEdit(user: AuthUser, seesAll: boolean, authorId: string, status: ContentStatus, locked: boolean): void {
    if (seesAll) {
      return;
    }
    if (authorId !== user.id) {
      throw new DomainError('forbidden', 'You can only edit what you wrote');
    }
    if (status === 'removed') {
      throw new DomainError('conflict', 'This was removed and can no longer be edited', 'removed');
    }
    if (status === 'hidden') {
      throw new DomainError(
        'forbidden',
        'This is being reviewed by the care team and cannot be edited now',
        'under_review',
      );
    }
    if (locked) {
      throw new DomainError('forbidden', 'This thread is locked', 'thread_locked');
    }
  }

  private async viewOrFail(threadId: string, viewer: { id: string; seesAll: boolean }): Promise<ThreadView> {
    const view = await this.threads.view(threadId, viewer);
    if (!view) {
      throw new DomainError('not_found', 'Thread not found');
    }
    return view;
  }
}
