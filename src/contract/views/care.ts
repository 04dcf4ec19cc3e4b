import type { PersonRef } from './common';

/** What raised a wellbeing concern: words in a message, post or thread, or a pattern of check-ins. */
export const CONCERN_SOURCES = ['message', 'post', 'thread', 'checkin'] as const;
export type ConcernSource = (typeof CONCERN_SOURCES)[number];
export const CONCERN_OUTCOMES = ['reached_out', 'discuss_in_session', 'no_action_needed'] as const;
export type ConcernOutcome = (typeof CONCERN_OUTCOMES)[number];
export type ConcernStatus = 'open' | 'taken' | 'resolved';

/** A wellbeing concern as the person's care team sees it (`concern:new`, `concern:updated`). */
export interface ConcernView {
  id: string;
  person: PersonRef;
  cohort: { id: string; name: string } | null;
  source: ConcernSource;
  /** The message, post or thread; null for a check-in pattern. */
  targetId: string | null;
  categories: string[];
  rule: string | null;
  details: Record<string, unknown>;
  status: ConcernStatus;
  takenBy: PersonRef | null;
  takenAt: string | null;
  resolvedBy: PersonRef | null;
  resolvedAt: string | null;
  outcome: ConcernOutcome | null;
  note: string | null;
  createdAt: string;
  /** When the admins are told if nobody has taken it. */
  adminsDueAt: string;
  adminsToldAt: string | null;
}

/** A member's care-team line (`POST /api/care-lines`). */
export interface CareLineRef {
  roomId: string;
  memberId: string;
}

/** What staff opened the line from, shown in place: the member sees only "about your message of <date>". */
export interface CareLineContextView {
  id: string;
  kind: 'alert' | 'review_item' | 'person';
  /** When the member's words it is about were written (null when opened from the person). */
  aboutAt: string | null;
  /** The line's newest seq when it was attached: it shows after that message. */
  afterSeq: number;
  createdAt: string;
  openedBy: StaffRef | null;
  /** Staff only (null for the member). */
  alertId: string | null;
  reviewItemId: string | null;
}

/** A staff member as a care line shows them: name and role. */
export interface StaffRef extends PersonRef {
  role: 'clinician' | 'moderator' | 'admin';
}

/** The line as its member or its care team sees it (`GET /api/care-lines/:roomId`, `GET /api/care-lines/mine`). */
export interface CareLineView {
  roomId: string;
  member: PersonRef;
  /** From the first member message after the last staff message, until a staff message. */
  waitingSince: string | null;
  /** When the line escalates if nobody answers (while waiting). */
  dueAt: string | null;
  escalated: boolean;
  /** The program's answer time. */
  answerMinutes: number;
  /** Whether someone of the member's care team is on duty now. */
  onDuty: boolean;
  contexts: CareLineContextView[];
}

/** A line waiting for a staff answer (`GET /api/care-lines?waiting=true`, `care:waiting`). */
export interface WaitingCareLine {
  roomId: string;
  member: PersonRef;
  waitingSince: string;
  dueAt: string;
  escalated: boolean;
}
