import type { PersonRef } from './common';
import type { CrisisResource } from './safety';

/** Mood 1–5, shown as faces with words. */
export const CHECKIN_MOODS = [1, 2, 3, 4, 5] as const;
export type CheckinMood = (typeof CHECKIN_MOODS)[number];
export const CHECKIN_MOOD_WORDS = { 1: 'Awful', 2: 'Low', 3: 'Okay', 4: 'Good', 5: 'Great' } as const;
/** The early-warning rules: each raises one care-team concern per episode. */
export const CHECKIN_RULES = ['low_mood_3_days', 'cravings', 'reported_use', 'stopped_checking_in', 'note'] as const;
export type CheckinRule = (typeof CHECKIN_RULES)[number];
/** Each rule in the care team's words (staff pages and the concerns they raise). */
export const CHECKIN_RULE_WORDS: Record<CheckinRule, string> = {
  low_mood_3_days: 'Low mood three days in a row',
  cravings: 'Strong urges (8 or more)',
  reported_use: 'Reported use',
  stopped_checking_in: 'Stopped checking in (was regular)',
  note: 'A check-in note that reads as a worry',
};
/** A concern's rule in words; a rule this client does not know yet is shown as sent. */
export function checkinRuleWords(rule: string | null | undefined): string {
  return (CHECKIN_RULE_WORDS as Record<string, string>)[rule ?? ''] ?? rule ?? '';
}
/** How many days of check-ins a list may ask for. */
export const CHECKIN_MAX_DAYS = 366;

/** `POST /api/checkins` body. */
export interface CheckinInput {
  mood: CheckinMood;
  /** Urges, 0–10. */
  craving: number;
  sleepHours?: number | null;
  /** Used since the last check-in: care team only, never peers or moderators. */
  used?: boolean | null;
  note?: string | null;
  /** Share the mood with the cohort (default: care team only). */
  shareMood?: boolean;
}

/** One day's check-in, as the person and their care team see it. */
export interface CheckinView {
  id: string;
  /** The program's calendar day (its time zone), YYYY-MM-DD. */
  date: string;
  mood: CheckinMood;
  craving: number;
  sleepHours: number | null;
  used: boolean | null;
  note: string | null;
  shareMood: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A day in the care team's grid: what a cell and its trend need. */
export type CheckinDay = Pick<CheckinView, 'date' | 'mood' | 'craving' | 'sleepHours' | 'used' | 'note'>;

/** What the member is shown at once after checking in. */
export interface CheckinSupport {
  /** Urges ≥ 8, reported use, mood 1 or a note that reads as a crisis: show help now. */
  now: boolean;
  resources: CrisisResource[];
  /** The care-team line (client route `/care`): read in working hours, not live. */
  careLine: { path: string };
}

/** `POST /api/checkins` answer: 201 new, 200 when it replaced today's. */
export interface CheckinSaved extends CheckinView {
  replaced: boolean;
  support: CheckinSupport;
}

/** A mood a member chose to share with their cohort. */
export interface SharedMood {
  user: PersonRef;
  date: string;
  mood: CheckinMood;
}

/** `GET /api/cohorts/:id/checkins` to the cohort's members (and moderators): shared moods only. */
export interface CohortCheckinsForMembers {
  scope: 'cohort';
  today: string;
  checkedInToday: number;
  memberCount: number;
  members: SharedMood[];
}

/** `GET /api/cohorts/:id/checkins` to the cohort's care team (clinicians, admins): every field (audited). */
export interface CohortCheckinsForCareTeam {
  scope: 'care_team';
  today: string;
  checkedInToday: number;
  memberCount: number;
  /** Oldest first: the grid's columns. */
  days: string[];
  /** Newest first per member. */
  members: { user: PersonRef; checkins: CheckinDay[] }[];
}

export type CohortCheckins = CohortCheckinsForMembers | CohortCheckinsForCareTeam;

/** `GET /api/users/:id/checkins`: one person's check-ins for their care team (audited). */
export interface PersonCheckins {
  user: PersonRef;
  today: string;
  checkins: CheckinView[];
}
