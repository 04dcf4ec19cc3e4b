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
