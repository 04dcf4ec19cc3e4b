import { useCallback, useEffect, useRef } from 'react';
import { onConnected } from '../../lib/socket';
import { markRead } from './live';

/**
 * Tells the server how far this person has read (`read` with a seq), only while
 * the page is visible, only forward, and again after a reconnect if it was lost.
 * Returns `seen(seq)`, for the message list to call when its end is in view.
 */
export function useReadMarker(roomId: string): (seq: number) => void {
  const sent = useRef(0);
  const wanted = useRef(0);
  const flush = useCallback(() => {
    const seq = wanted.current;
    if (seq <= sent.current || document.visibilityState !== 'visible') {
      return;
    }
    sent.current = seq;
    void markRead(roomId, seq).then((answer) => {
      if (!answer.ok && sent.current === seq) {
        sent.current = 0;
      }
    });
  }, [roomId]);
  useEffect(() => onConnected(flush), [flush]);
  useEffect(() => {
    document.addEventListener('visibilitychange', flush);
    return () => document.removeEventListener('visibilitychange', flush);
  }, [flush]);
  return useCallback(
    (seq: number) => {
      wanted.current = Math.max(wanted.current, seq);
      flush();
    },
    [flush],
  );
}
