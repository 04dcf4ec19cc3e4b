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
