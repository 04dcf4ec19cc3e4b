/** Domain events of the forums; the gateway (and later moderation) listen, services never reach sockets. */
export const ForumEvents = {
  threadUpdated: 'thread.updated',
  postCreated: 'post.created',
  postUpdated: 'post.updated',
} as const;

/** Pinned, locked, edited, removed (and, from moderation, hidden or given a content warning). */
export interface ThreadUpdatedEvent {
  threadId: string;
}

export interface PostCreatedEvent {
  postId: string;
  threadId: string;
  boardId: string;
  authorId: string;
}

/** Edited, removed, reacted to (and, from moderation, hidden, approved or given a content warning). */
export interface PostUpdatedEvent {
  postId: string;
  threadId: string;
}

export const threadRoom = (threadId: string): string => `thread:${threadId}`;
