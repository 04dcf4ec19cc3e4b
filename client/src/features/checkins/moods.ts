import { CHECKIN_MOOD_WORDS, CHECKIN_MOODS } from '@hearth/contract';
import type { CheckinMood } from '@hearth/contract';

export const MOODS = CHECKIN_MOODS;

/** Faces with words: the face is decoration, the word is what a screen reader says. */
export const MOOD_FACES: Record<CheckinMood, string> = { 1: '😣', 2: '🙁', 3: '😐', 4: '🙂', 5: '😄' };

export function moodWord(mood: number): string {
  return CHECKIN_MOOD_WORDS[mood as CheckinMood] ?? String(mood);
}

/** The program's calendar day in the reader's words, e.g. "Mon, Dec 7". */
export function shortDay(day: string): string {
  const date = new Date(`${day}T00:00:00`);
  return Number.isNaN(date.getTime())
    ? day
    : date.toLocaleDateString(undefined, { weekday: 'short', month: 'short', day: 'numeric' });
}

/** Today in the reader's time zone, YYYY-MM-DD (the reminder's "today"; the server decides the check-in's day). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
