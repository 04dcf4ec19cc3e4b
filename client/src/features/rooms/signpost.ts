/**
 * Crisis resources for the person who just wrote something that reads as a crisis:
 * from a send's answer (`signpost`) or the `crisis:resources` event, shown at once
 * and until they close it. Their message is delivered either way.
 */
import type { CrisisResource } from '@hearth/contract';
import { useEffect, useSyncExternalStore } from 'react';
import { onLive, onSocketStopped } from '../../lib/socket';

let shown: CrisisResource[] | null = null;
const listeners = new Set<() => void>();
let listening = false;

function publish(next: CrisisResource[] | null): void {
  shown = next;
  listeners.forEach((listener) => listener());
}

export function showSignpost(resources: CrisisResource[]): void {
  publish(resources);
}

export function dismissSignpost(): void {
  publish(null);
}

function listen(): void {
  if (listening) {
    return;
  }
  listening = true;
  onLive('crisis:resources', ({ resources }) => showSignpost(resources ?? []));
  onSocketStopped(dismissSignpost);
}

/** The resources to show now, or null. */
export function useSignpost(): CrisisResource[] | null {
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
