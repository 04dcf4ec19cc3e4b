/** "4 hours", "90 minutes", "1 day": the program's answer time in a member's words. */
export function answerTimeWords(minutes: number): string {
  if (minutes % 1440 === 0) {
    const days = minutes / 1440;
    return days === 1 ? '1 day' : `${days} days`;
  }
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return hours === 1 ? '1 hour' : `${hours} hours`;
  }
  return `${minutes} minutes`;
}

/** A date as a member reads it: "Dec 3, 2026". */
export function dayWords(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** When to expect an answer: "by 6:30 PM" today, or a date and time. */
export function byWords(iso: string, now: number): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  const time = date.toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
  return new Date(now).toDateString() === date.toDateString()
    ? `by ${time}`
    : `by ${date.toLocaleDateString(undefined, { weekday: 'short', month: 'short', day: 'numeric' })} ${time}`;
}

export const ROLE_WORDS: Record<'clinician' | 'moderator' | 'admin', string> = {
  clinician: 'clinician',
  moderator: 'moderator',
  admin: 'program staff',
};
