import { request } from '../../lib/api';

export type BoardScope = 'cohort' | 'alumni' | 'community' | 'staff';
export type ContentStatus = 'visible' | 'pending' | 'hidden' | 'removed';
export type ReactionKind = 'heart' | 'hug' | 'strength' | 'thanks';

export interface Author {
  id: string;
  displayName: string;
}

export interface Board {
  id: string;
  scope: BoardScope;
  name: string;
  description: string;
  cohortId: string | null;
  threadCount: number;
  lastActivityAt: string | null;
}

export interface Thread {
  id: string;
  boardId: string;
  title: string | null;
  body: string | null;
  contentWarning: string | null;
  status: ContentStatus;
  pinned: boolean;
  locked: boolean;
  author: Author | null;
  createdAt: string;
  editedAt: string | null;
  lastActivityAt: string;
  replyCount: number;
}

export interface Reaction {
  kind: ReactionKind;
  count: number;
  /** Absent in live updates: keep what this reader already knew. */
  reactedByMe?: boolean;
}

export interface Post {
  id: string;
  threadId: string;
  parentId: string | null;
  depth: number;
  author: Author | null;
  body: string | null;
  contentWarning: string | null;
  status: ContentStatus;
  createdAt: string;
  editedAt: string | null;
  reactions: Reaction[];
}

export interface SearchResult {
  type: 'thread' | 'post';
  threadId: string;
  postId: string | null;
  boardId: string;
  boardName: string;
  threadTitle: string | null;
  snippet: string;
  author: Author | null;
  createdAt: string;
}

export interface SearchAnswer {
  results: SearchResult[];
  markers: { start: string; end: string };
}

export interface NewContent {
  body: string;
  contentWarning?: string;
}

const id = encodeURIComponent;

export const listBoards = (signal?: AbortSignal) => request<Board[]>('/boards', { signal });
export const getBoard = (boardId: string, signal?: AbortSignal) => request<Board>(`/boards/${id(boardId)}`, { signal });

export const listThreads = (boardId: string, cursor: string | null, signal?: AbortSignal) =>
  request<{ threads: Thread[]; nextCursor: string | null }>(
    `/boards/${id(boardId)}/threads?limit=20${cursor ? `&cursor=${id(cursor)}` : ''}`,
    { signal },
  );

export const startThread = (boardId: string, thread: NewContent & { title: string }) =>
  request<Thread>(`/boards/${id(boardId)}/threads`, { method: 'POST', body: thread });

export const getThread = (threadId: string, signal?: AbortSignal) =>
  request<{ thread: Thread; posts: Post[] }>(`/threads/${id(threadId)}`, { signal });

export const updateThread = (
  threadId: string,
  change: { title?: string; body?: string; contentWarning?: string | null; pinned?: boolean; locked?: boolean },
) => request<Thread>(`/threads/${id(threadId)}`, { method: 'PATCH', body: change });

export const removeThread = (threadId: string) => request<Thread>(`/threads/${id(threadId)}`, { method: 'DELETE' });

export const replyTo = (threadId: string, post: NewContent & { parentId?: string }) =>
  request<Post>(`/threads/${id(threadId)}/posts`, { method: 'POST', body: post });

export const editPost = (postId: string, change: { body?: string; contentWarning?: string | null }) =>
  request<Post>(`/posts/${id(postId)}`, { method: 'PATCH', body: change });

export const removePost = (postId: string) => request<Post>(`/posts/${id(postId)}`, { method: 'DELETE' });

export const react = (postId: string, kind: ReactionKind, on: boolean) =>
  on
    ? request<Post>(`/posts/${id(postId)}/reactions`, { method: 'POST', body: { kind } })
    : request<Post>(`/posts/${id(postId)}/reactions/${id(kind)}`, { method: 'DELETE' });

export const search = (q: string, signal?: AbortSignal) =>
  request<SearchAnswer>(`/search?q=${id(q)}&limit=30`, { signal });
