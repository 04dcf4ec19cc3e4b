import type { PostView, ThreadView } from '@hearth/contract';
import { useEffect, useRef } from 'react';
import { emitWithAck, isConnected, onConnected, onLive } from '../../lib/socket';

export interface ThreadLiveHandlers {
  onPost: (post: PostView) => void;
  onPostUpdated: (post: PostView) => void;
  onThreadUpdated: (thread: ThreadView) => void;
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
      onLive('post:new', (post) => {
        if (post.threadId === threadId) {
          latest.current.onPost(post);
        }
      }),
      onLive('post:updated', (post) => {
        if (post.threadId === threadId) {
          latest.current.onPostUpdated(post);
        }
      }),
      onLive('thread:updated', (thread) => {
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
