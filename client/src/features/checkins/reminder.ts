import { useEffect, useState, useSyncExternalStore } from 'react';
import { localToday } from './moods';

/**
 * The optional daily in-app reminder: a time of day the member chose, kept in
 * this browser only (nothing leaves the device, no notification outside the app).
 */
const TIME_KEY = 'hearth.checkinReminder';
const DONE_KEY = 'hearth.checkedInOn';
const listeners = new Set<() => void>();

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) {
      localStorage.removeItem(key);
    } else {
      localStorage.setItem(key, value);
    }
  } catch {
    // Private mode: the reminder lasts for this page only.
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `HH:MM`, or null when no reminder is set. */
export function useReminderTime(): [string | null, (time: string | null) => void] {
  const time = useSyncExternalStore(subscribe, () => read(TIME_KEY));
  return [time, (next) => write(TIME_KEY, next)];
}

/** Remember that the member checked in today (the reminder then stays quiet). */
export function markCheckedIn(day = localToday()): void {
  write(DONE_KEY, day);
}

/** Whether the reminder is due now: a time is set, it has passed today, and no check-in today. */
export function useReminderDue(): boolean {
  const [time] = useReminderTime();
  const done = useSyncExternalStore(subscribe, () => read(DONE_KEY));
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (!time || done === localToday(now)) {
    return false;
  }
  const [h, m] = time.split(':').map(Number);
  return now.getHours() * 60 + now.getMinutes() >= h * 60 + m;
}
