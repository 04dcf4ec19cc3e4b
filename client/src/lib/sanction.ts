/**
 * The person's own mute, as this session knows it: chat composers stay disabled
 * until it ends. Told live (`sanction`), and read again from the moderation history
 * on every connect and when an appeal is overturned, so a reload, a missed event
 * or a lifted mute all end up right. Suspension and ban sign out (lib/auth.tsx).
 */
import type { MyModerationHistory } from '@hearth/contract';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { request } from './api';
import { onConnected, onLive, onSocketStopped } from './socket';

export interface Mute {
  until: string;
  reason: string;
}

let mute: Mute | null = null;
const listeners = new Set<() => void>();

function publish(next: Mute | null): void {
  mute = next;
  listeners.forEach((listener) => listener());
}

async function reread(): Promise<void> {
  try {
    const { sanctions } = await request<MyModerationHistory>('/moderation/mine');
    const latest = sanctions
      .filter((s) => s.kind === 'mute' && s.active && s.endsAt !== null)
      .sort((a, b) => (b.endsAt ?? '').localeCompare(a.endsAt ?? ''))[0];
    publish(latest?.endsAt ? { until: latest.endsAt, reason: latest.reason } : null);
  } catch {
    // Unreachable for now: keep what the session knows; the next connect reads it again.
  }
}

onLive('sanction', (notice) => {
  if (notice.kind === 'mute' && notice.until) {
    publish({ until: notice.until, reason: notice.reason });
  }
});
onLive('moderation:notice', (notice) => {
  if (notice.kind === 'decision' && notice.action === 'appeal_overturned') {
    void reread();
  }
});
onConnected(() => void reread());
onSocketStopped(() => publish(null));

// setTimeout waits at most this long (about 24.8 days); a longer mute sets another timer then.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The mute in force now, or null; the caller re-renders when it ends. */
export function useMute(): Mute | null {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    () => mute,
  );
  const [checks, setChecks] = useState(0);
  useEffect(() => {
    const left = current ? Date.parse(current.until) - Date.now() : 0;
    if (left <= 0) {
      return;
    }
    const timer = setTimeout(() => setChecks((n) => n + 1), Math.min(left + 250, MAX_TIMER_MS));
    return () => clearTimeout(timer);
  }, [current, checks]);
  return current && Date.parse(current.until) > Date.now() ? current : null;
}
