import type { CheckinRule } from '../contract';

/** A day's check-in as the early-warning rules read it. */
export interface DayReading {
  /** YYYY-MM-DD, the program's calendar day. */
  date: string;
  mood: number;
  craving: number;
  used: boolean | null;
}

export const LOW_MOOD = 2;
export const LOW_MOOD_DAYS = 3;
export const HIGH_CRAVING = 8;
/** A regular check-in: at least this many of the 7 days up to the last one… */
export const REGULAR_DAYS = 4;
/** …that stops for this many whole days. */
export const STOPPED_DAYS = 3;

/** The calendar day `n` days after `date` (negative: before), YYYY-MM-DD. */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * The rules a day's check-in meets, given the person's recent check-ins (any
 * order, including that day's). An episode of a rule lasts while each new
 * check-in still meets it; the stop rule is met by no check-in (see `stoppedSince`).
 */
export function rulesMet(day: DayReading, recent: readonly DayReading[]): Set<CheckinRule> {
  const met = new Set<CheckinRule>();
  const byDate = new Map(recent.map((r) => [r.date, r]));
  let low = 0;
  for (let i = 0; i < LOW_MOOD_DAYS; i++) {
    const reading = i === 0 ? day : byDate.get(addDays(day.date, -i));
    if (!reading || reading.mood > LOW_MOOD) {
      break;
    }
    low++;
  }
  if (low === LOW_MOOD_DAYS) {
    met.add('low_mood_3_days');
  }
  if (day.craving >= HIGH_CRAVING) {
    met.add('cravings');
  }
  if (day.used === true) {
    met.add('reported_use');
  }
  return met;
}

/** What the member should be shown at once: urges ≥ 8, reported use or mood 1. */
export function needsHelpNow(reading: Pick<DayReading, 'mood' | 'craving' | 'used'>): boolean {
  return reading.mood === 1 || reading.craving >= HIGH_CRAVING || reading.used === true;
}

/**
 * A regular check-in that stopped: the last check-in is at least STOPPED_DAYS
 * whole days before `today`, and at least REGULAR_DAYS of the 7 days up to it
 * had one. `dates` are the person's check-in days (YYYY-MM-DD).
 */
export function stoppedRegularCheckin(dates: readonly string[], today: string): boolean {
  if (dates.length === 0) {
    return false;
  }
  const last = [...dates].sort().at(-1) as string;
  if (last > addDays(today, -(STOPPED_DAYS + 1))) {
    return false;
  }
  const from = addDays(last, -6);
  return new Set(dates.filter((d) => d >= from && d <= last)).size >= REGULAR_DAYS;
}
