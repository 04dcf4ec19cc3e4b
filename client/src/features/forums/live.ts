import { useEffect, useRef } from 'react';
import { io, Socket } from 'socket.io-client';
import { accessToken } from '../../lib/session';
import type { Post, Thread } from './api';

// TODO(merge): use lib/socket.ts once rooms lands
function connect(): Socket {
  return io({
    transports: ['websocket'],
    auth: (cb) => {
      void accessToken().then((token) => cb({ token: token ?? '' }));
    },
  });
}

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
    const socket = connect();
    let connectedBefore = false;
    socket.on('connect', () => {
      socket.emit('thread:watch', { threadId }, () => undefined);
      if (connectedBefore) {
        latest.current.onResync();
      }
      connectedBefore = true;
    });
    socket.on('disconnect', (reason) => {
      // The server closes sockets whose token expired; come back with a fresh one.
      if (reason === 'io server disconnect') {
        setTimeout(() => socket.connect(), 1000);
      }
    });
    socket.on('post:new', (post: Post) => latest.current.onPost(post));
    socket.on('post:updated', (post: Post) => latest.current.onPostUpdated(post));
    socket.on('thread:updated', (thread: Thread) => latest.current.onThreadUpdated(thread));
    return () => {
      socket.close();
    };
  }, [threadId]);
}
