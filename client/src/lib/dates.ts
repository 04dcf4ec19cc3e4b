/** `YYYY-MM-DD` as the reader's local date, e.g. "Jan 5, 2027". */
export function formatDay(day: string | null | undefined): string {
  if (!day) {
    return '';
  }
  const date = new Date(`${day.slice(0, 10)}T00:00:00`);
  return Number.isNaN(date.getTime()) ? day : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

export function formatMoment(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A length of time in round words, e.g. "45 s", "4 min", "2 h 5 min", "3 days". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) {
    return `${s} s`;
  }
  const minutes = Math.round(s / 60);
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest ? `${hours} h ${rest} min` : `${hours} h`;
  }
  const days = Math.round(hours / 24);
  return days === 1 ? '1 day' : `${days} days`;
}

/** A length of time to the second under ten minutes (for times that tick), e.g. "3 min 12 s". */
export function formatTicking(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return s >= 60 && s < 600 ? `${Math.floor(s / 60)} min ${s % 60} s` : formatDuration(s);
}

/** How long ago `iso` was, as `formatTicking` words. */
export function formatElapsed(iso: string, now: number): string {
  return formatTicking((now - new Date(iso).getTime()) / 1000);
}
