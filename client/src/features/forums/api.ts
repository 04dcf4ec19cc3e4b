import type {
  BoardView,
  MyWritingItem,
  PostView,
  PostWithSignpost,
  ReactionKind,
  SearchAnswer,
  ThreadPage,
  ThreadView,
  ThreadWithPosts,
  ThreadWithSignpost,
} from '@hearth/contract';
import { request } from '../../lib/api';
import { noteSignpost } from './help';

export interface NewContent {
  body: string;
  contentWarning?: string;
}

const id = encodeURIComponent;

export const listBoards = (signal?: AbortSignal) => request<BoardView[]>('/boards', { signal });
export const getBoard = (boardId: string, signal?: AbortSignal) =>
  request<BoardView>(`/boards/${id(boardId)}`, { signal });

export const listThreads = (boardId: string, cursor: string | null, signal?: AbortSignal) =>
  request<ThreadPage>(`/boards/${id(boardId)}/threads?limit=20${cursor ? `&cursor=${id(cursor)}` : ''}`, { signal });

// Writes hand the help their words call for to the thread page (help.tsx) before answering.
export const startThread = (boardId: string, thread: NewContent & { title: string }) =>
  request<ThreadWithSignpost>(`/boards/${id(boardId)}/threads`, { method: 'POST', body: thread }).then((answer) =>
    noteSignpost(answer, answer.id),
  );

export const getThread = (threadId: string, signal?: AbortSignal) =>
  request<ThreadWithPosts>(`/threads/${id(threadId)}`, { signal });

export const updateThread = (
  threadId: string,
  change: { title?: string; body?: string; contentWarning?: string | null; pinned?: boolean; locked?: boolean },
) =>
  request<ThreadWithSignpost>(`/threads/${id(threadId)}`, { method: 'PATCH', body: change }).then((answer) =>
    noteSignpost(answer, answer.id),
  );

export const removeThread = (threadId: string) => request<ThreadView>(`/threads/${id(threadId)}`, { method: 'DELETE' });

export const replyTo = (threadId: string, post: NewContent & { parentId?: string }) =>
  request<PostWithSignpost>(`/threads/${id(threadId)}/posts`, { method: 'POST', body: post }).then((answer) =>
    noteSignpost(answer, answer.threadId),
  );

export const editPost = (postId: string, change: { body?: string; contentWarning?: string | null }) =>
  request<PostWithSignpost>(`/posts/${id(postId)}`, { method: 'PATCH', body: change }).then((answer) =>
    noteSignpost(answer, answer.threadId),
  );

export const removePost = (postId: string) => request<PostView>(`/posts/${id(postId)}`, { method: 'DELETE' });

export const react = (postId: string, kind: ReactionKind, on: boolean) =>
  on
    ? request<PostView>(`/posts/${id(postId)}/reactions`, { method: 'POST', body: { kind } })
    : request<PostView>(`/posts/${id(postId)}/reactions/${id(kind)}`, { method: 'DELETE' });

export const search = (q: string, signal?: AbortSignal) =>
  request<SearchAnswer>(`/search?q=${id(q)}&limit=30`, { signal });

/** Everything I wrote on the boards, read-only, including boards I can no longer open. */
export const listMyWriting = (signal?: AbortSignal) => request<MyWritingItem[]>('/me/posts', { signal });

/** Reacting to a thread's opening words. */
export const reactToThread = (threadId: string, kind: ReactionKind, on: boolean) =>
  request<ThreadView>(
    on ? `/threads/${id(threadId)}/reactions` : `/threads/${id(threadId)}/reactions/${id(kind)}`,
    on ? { method: 'POST', body: { kind } } : { method: 'DELETE' },
  );
