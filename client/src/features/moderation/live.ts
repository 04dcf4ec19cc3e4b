import { useLive } from '../../lib/socket';
import type { Alert, ReviewItem } from './api';

/** The server's live moderation events (API.md, Socket.IO) and what each carries. */
export interface LiveEvents {
  'review:new': ReviewItem;
  'review:updated': ReviewItem;
  'alert:new': Alert;
  'alert:updated': Alert;
}

/**
 * Calls `handler` when the server pushes `event` to this staff member, on the one
 * shared socket (`lib/socket.ts`). The queue and alerts also poll every 10 s while
 * visible, as a safety net for anything a dropped connection missed.
 */
export function useLiveEvent<E extends keyof LiveEvents>(event: E, handler: (payload: LiveEvents[E]) => void): void {
  useLive<LiveEvents[E]>(event, handler);
}
