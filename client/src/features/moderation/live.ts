import { useEffect, useRef } from 'react';
import type { Alert, ReviewItem } from './api';

/** The server's live moderation events (API.md, Socket.IO) and what each carries. */
export interface LiveEvents {
  'review:new': ReviewItem;
  'review:updated': ReviewItem;
  'alert:new': Alert;
  'alert:updated': Alert;
}

/**
 * Calls `handler` when the server pushes `event` to this staff member.
 *
 * A no-op today: the one client socket (`lib/socket.ts`) arrives with the rooms
 * branch. Until then the queue and alerts poll every 10 s while visible, which
 * they keep doing as a safety net. Wiring it later is a change to this file only:
 * subscribe with the socket's `on(event, …)` in the effect below and return its `off`.
 */
export function useLiveEvent<E extends keyof LiveEvents>(event: E, handler: (payload: LiveEvents[E]) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    // Wired to lib/socket.ts when the rooms branch lands, e.g.
    //   const listener = (payload: LiveEvents[E]) => latest.current(payload);
    //   socket.on(event, listener);
    //   return () => { socket.off(event, listener); };
    return undefined;
  }, [event]);
}
