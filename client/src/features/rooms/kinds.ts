import type { RoomKind, RoomView } from '@hearth/contract';

/** What kind of room, in a member's words. */
export const ROOM_KINDS: Record<RoomKind, string> = {
  cohort: 'Group chat',
  alumni: 'Alumni lounge',
  staff: 'Staff room',
  care: 'Care team',
};

/** An unread count as shown on a badge: the server stops counting at 100. */
export function unreadLabel(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}

/** Slow mode as a person reads it: "one message every 30 seconds". */
export function slowModeWords(seconds: number): string {
  if (seconds < 60) {
    return seconds === 1 ? 'one message a second' : `one message every ${seconds} seconds`;
  }
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) {
    return minutes === 1 ? 'one message a minute' : `one message every ${minutes} minutes`;
  }
  return 'one message an hour';
}

/** Authors may edit a message for this long after sending it. */
export const EDIT_WINDOW_MS = 15 * 60_000;

/** "14:05" today, "Mon 14:05" this week, a date before that. */
export function formatChatTime(iso: string, now: number): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  const time = date.toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
  if (new Date(now).toDateString() === date.toDateString()) {
    return time;
  }
  if (now - date.getTime() < 6 * 24 * 3600_000) {
    return `${date.toLocaleDateString(undefined, { weekday: 'short' })} ${time}`;
  }
  return `${date.toLocaleDateString(undefined, { dateStyle: 'medium' })} ${time}`;
}

/** The reader's local calendar day of a moment, as a key ("2026-12-07"). */
export function localDayKey(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso.slice(0, 10)
    : `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/** A date separator's words: "Today", "Yesterday", or the date in the reader's own style. */
export function formatChatDay(iso: string, now: number): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  const today = new Date(now);
  if (today.toDateString() === date.toDateString()) {
    return 'Today';
  }
  const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  if (yesterday.toDateString() === date.toDateString()) {
    return 'Yesterday';
  }
  return date.toLocaleDateString(undefined, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    ...(date.getFullYear() === today.getFullYear() ? {} : { year: 'numeric' }),
  });
}

/** A room's title: a cohort's room under its default name goes by the group's name instead. */
export function roomTitle(room: RoomView): string {
  return room.cohortName && room.name === ROOM_KINDS[room.kind] ? room.cohortName : room.name;
}
