/**
 * The active crisis alerts, shared by the staff nav's count and the alerts page so
 * that one poll (every 10 s while visible) serves both. Polling starts with the
 * first subscriber and stops, forgetting what it held, with the last.
 */
import type { AlertView } from '@hearth/contract';
import { useSyncExternalStore } from 'react';
import { describeError } from '../../lib/errors';
import { pollWhileVisible } from '../../lib/poll';
import { fetchAlerts } from './api';

export interface ActiveAlerts {
  /** null until the first answer. */
  alerts: AlertView[] | null;
  /** The last refresh failed: what is shown may be out of date. */
  error: string | null;
}

const EMPTY: ActiveAlerts = { alerts: null, error: null };
let state = EMPTY;
const listeners = new Set<() => void>();
let stopPolling: (() => void) | null = null;
let inflight: AbortController | null = null;

function publish(next: ActiveAlerts): void {
  state = next;
  listeners.forEach((listener) => listener());
}

/** Open before acknowledged; escalated first; then whoever has waited longest. */
function byUrgency(a: AlertView, b: AlertView): number {
  const rank = (x: AlertView) => (x.status === 'open' ? 0 : 2) + (x.escalated ? 0 : 1);
  return rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt);
}

export function refreshActiveAlerts(): void {
  inflight?.abort();
  const controller = new AbortController();
  inflight = controller;
  fetchAlerts('active', controller.signal)
    .then((alerts) => publish({ alerts: [...alerts].sort(byUrgency), error: null }))
    .catch((error: unknown) => {
      if ((error as Error).name !== 'AbortError') {
        publish({ alerts: state.alerts, error: describeError(error) });
      }
    });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    refreshActiveAlerts();
    stopPolling = pollWhileVisible(refreshActiveAlerts, 10_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopPolling?.();
      stopPolling = null;
      inflight?.abort();
      state = EMPTY;
    }
  };
}

export function useActiveAlerts(): ActiveAlerts {
  return useSyncExternalStore(subscribe, () => state);
}
