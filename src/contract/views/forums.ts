import type { ContentStatus, PersonRef } from './common';
import type { Signpost } from './safety';

export type BoardScope = 'cohort' | 'alumni' | 'community' | 'staff';

export const REACTION_KINDS = ['heart', 'hug', 'strength', 'thanks'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

export interface BoardView {
  id: string;
  scope: BoardScope;
  name: string;
  description: string;
  cohortId: string | null;
  threadCount: number;
  lastActivityAt: string | null;
}

/**
 * A thread; its opening text is `body` (the thread itself, not a first post).
 * Hidden and removed threads reach non-staff without title, body or author.
 */
export interface ThreadView {
  id: string;
  boardId: string;
  title: string | null;
  body: string | null;
  contentWarning: string | null;
  status: ContentStatus;
  pinned: boolean;
  locked: boolean;
  author: PersonRef | null;
  createdAt: string;
  editedAt: string | null;
  lastActivityAt: string;
  replyCount: number;
  /** Reactions to the opening words: on `GET /api/threads/:id` and reaction answers only. */
  reactions?: ReactionView[];
}

export interface ReactionView {
  kind: ReactionKind;
  count: number;
  /** Absent in broadcasts to a thread's watchers (one payload for everyone). */
  reactedByMe?: boolean;
}

export interface PostView {
  id: string;
  threadId: string;
  parentId: string | null;
  depth: number;
  author: PersonRef | null;
  body: string | null;
  contentWarning: string | null;
  status: ContentStatus;
  createdAt: string;
  editedAt: string | null;
  reactions: ReactionView[];
  /** Set when the words are withheld from this reader only: they blocked the author, or the author blocked them. */
  hiddenReason?: 'blocked';
}

/** A thread just started or edited by the caller, with the help its words call for (see Signpost). */
export type ThreadWithSignpost = ThreadView & { signpost?: Signpost };

/** A post just written or edited by the caller, with the help its words call for (see Signpost). */
export type PostWithSignpost = PostView & { signpost?: Signpost };

export interface ThreadPage {
  threads: ThreadView[];
  /** Pass back as `cursor` for the next page; null at the end. */
  nextCursor: string | null;
}

export interface ThreadWithPosts {
  thread: ThreadView;
  /** Depth-first (a reply follows its parent), siblings oldest first. */
  posts: PostView[];
}

/** One earlier version of an edited thread or post. */
export interface PostEditView {
  editedAt: string;
  editor: PersonRef | null;
  previousTitle: string | null;
  previousBody: string;
  previousContentWarning: string | null;
}

/** Search matches are wrapped in these in a snippet, never in HTML. */
export const SNIPPET_MARKERS = { start: '\u27e6', end: '\u27e7' } as const;

export interface SearchResult {
  type: 'thread' | 'post';
  threadId: string;
  postId: string | null;
  boardId: string;
  boardName: string;
  /** The thread's title (null when the thread is not visible to the caller as such). */
  threadTitle: string | null;
  /** Plain text; matches are wrapped in SNIPPET_MARKERS. */
  snippet: string;
  author: PersonRef | null;
  createdAt: string;
  rank: number;
}

export interface SearchAnswer {
  results: SearchResult[];
  markers: typeof SNIPPET_MARKERS;
}

/**
 * `GET /api/me/posts`: everything the caller wrote on the boards, newest first,
 * readable to them even where they can no longer open the board (after a
 * step-down). Read-only. `body` is null once staff removed it.
 */
export interface MyWritingItem {
  kind: 'thread' | 'post';
  id: string;
  threadId: string;
  threadTitle: string;
  boardName: string;
  body: string | null;
  contentWarning: string | null;
  status: ContentStatus;
  createdAt: string;
  editedAt: string | null;
  /** The caller can still open the thread on its board. */
  canOpen: boolean;
}
