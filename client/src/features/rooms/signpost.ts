/**
 * The help for the person who just wrote a message that reads as a risk (or as
 * someone else's): from a send's answer (`signpost`) or the `crisis:resources` event
 * for a message (another device of theirs), shown at once and until they close it.
 * Their message is delivered either way.
 */
import type { Signpost } from '@hearth/contract';
import { useEffect, useSyncExternalStore } from 'react';
import { onLive, onSocketStopped } from '../../lib/socket';

let shown: Signpost | null = null;
const listeners = new Set<() => void>();
let listening = false;

function publish(next: Signpost | null): void {
  shown = next;
  listeners.forEach((listener) => listener());
}

export function showSignpost(signpost: Signpost): void {
  publish(signpost);
}

export function dismissSignpost(): void {
  publish(null);
}

function listen(): void {
  if (listening) {
    return;
  }
  listening = true;
  // Help for a forum post is shown by the forum page that posted it.
  onLive('crisis:resources', (event) => {
    if (event.targetType === 'message') {
      showSignpost(event);
    }
  });
  onSocketStopped(dismissSignpost);
}

/** The help to show now, or null. */
export function useSignpost(): Signpost | null {
  useEffect(listen, []);
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    () => shown,
  );
}
