import type { BoardScope } from './board.entity';
import { REACTION_KINDS, ReactionKind } from './forums.dto';

export type ContentStatus = 'visible' | 'pending' | 'hidden' | 'removed';

export interface AuthorView {
  id: string;
  displayName: string;
}

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
  author: AuthorView | null;
  createdAt: string;
  editedAt: string | null;
  lastActivityAt: string;
  replyCount: number;
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
  author: AuthorView | null;
  body: string | null;
  contentWarning: string | null;
  status: ContentStatus;
  createdAt: string;
  editedAt: string | null;
  reactions: ReactionView[];
  /** Set when the words are withheld from this reader only: they blocked the author, or the author blocked them. */
  hiddenReason?: 'blocked';
}

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

export interface PostEditView {
  editedAt: string;
  editor: AuthorView | null;
  previousTitle: string | null;
  previousBody: string;
  previousContentWarning: string | null;
}

export interface SearchResult {
  type: 'thread' | 'post';
  threadId: string;
  postId: string | null;
  boardId: string;
  boardName: string;
  /** The thread's title (null when the thread is not visible to the caller as such). */
  threadTitle: string | null;
  /** Plain text; matches are wrapped in SNIPPET_MARKERS and never in HTML. */
  snippet: string;
  author: AuthorView | null;
  createdAt: string;
  rank: number;
}

export const SNIPPET_MARKERS = { start: '\u27e6', end: '\u27e7' } as const;

export interface SearchAnswer {
  results: SearchResult[];
  markers: typeof SNIPPET_MARKERS;
}

/** Who is looking: staff who moderate the board see everything; others see what the status rules allow. */
export interface Viewer {
  id: string;
  seesAll: boolean;
}

export const FORMER_MEMBER = 'Former member';

/** Whether the viewer may read the words of content in this status. */
export function showsContent(status: ContentStatus, viewer: Viewer | null, authorId: string): boolean {
  switch (status) {
    case 'visible':
      return true;
    case 'pending':
      return viewer !== null && (viewer.seesAll || viewer.id === authorId);
    case 'hidden':
    case 'removed':
      return viewer?.seesAll === true;
  }
}

export function authorView(id: string, displayName: string, userStatus: string): AuthorView {
  return { id, displayName: userStatus === 'deleted' ? FORMER_MEMBER : displayName };
}

export function reactionViews(
  counts: Map<ReactionKind, { count: number; mine: boolean }> | undefined,
  withMine: boolean,
): ReactionView[] {
  return REACTION_KINDS.map((kind) => {
    const found = counts?.get(kind);
    const view: ReactionView = { kind, count: found?.count ?? 0 };
    if (withMine) {
      view.reactedByMe = found?.mine ?? false;
    }
    return view;
  });
}

export const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
