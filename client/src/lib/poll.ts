import { useEffect, useRef } from 'react';

/**
 * Calls `tick` every `everyMs` while the page is visible, and once more as soon as
 * it becomes visible again: a tab in the background costs the server nothing, and
 * a clinician coming back to it sees fresh data at once.
 */
export function pollWhileVisible(tick: () => void, everyMs: number): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const start = () => {
    timer ??= setInterval(tick, everyMs);
  };
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') {
      tick();
      start();
    } else {
      stop();
    }
  };
  document.addEventListener('visibilitychange', onVisibility);
  if (document.visibilityState === 'visible') {
    start();
  }
  return () => {
    stop();
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

/** `pollWhileVisible` for a component; the latest `tick` is always the one called. */
export function useVisiblePoll(tick: () => void, everyMs: number, enabled = true): void {
  const latest = useRef(tick);
  useEffect(() => {
    latest.current = tick;
  });
  useEffect(() => {
    if (!enabled) {
      return;
    }
    return pollWhileVisible(() => latest.current(), everyMs);
  }, [everyMs, enabled]);
}
