import { useEffect, useRef } from 'react';
import { emitWithAck, isConnected, onConnected, onLive } from '../../lib/socket';
import type { Post, Thread } from './api';

export interface ThreadLiveHandlers {
  onPost: (post: Post) => void;
  onPostUpdated: (post: Post) => void;
  onThreadUpdated: (thread: Thread) => void;
  /** After a reconnect: whatever arrived meanwhile must be fetched again. */
  onResync: () => void;
}

/** Watches a thread while the page is open: new replies, edits, removals, reactions, pin and lock. */
export function useThreadLive(threadId: string | null, handlers: ThreadLiveHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!threadId) {
      return;
    }
    let watchedBefore = false;
    const watch = () => {
      void emitWithAck('thread:watch', { threadId });
      if (watchedBefore) {
        latest.current.onResync();
      }
      watchedBefore = true;
    };
    if (isConnected()) {
      watch();
    }
    const stops = [
      onConnected(watch),
      onLive<Post>('post:new', (post) => {
        if (post.threadId === threadId) {
          latest.current.onPost(post);
        }
      }),
      onLive<Post>('post:updated', (post) => {
        if (post.threadId === threadId) {
          latest.current.onPostUpdated(post);
        }
      }),
      onLive<Thread>('thread:updated', (thread) => {
        if (thread.id === threadId) {
          latest.current.onThreadUpdated(thread);
        }
      }),
    ];
    return () => {
      stops.forEach((stop) => stop());
      void emitWithAck('thread:unwatch', { threadId });
    };
  }, [threadId]);
}
