import type { ConcernView } from './care';
import type { PersonRef } from './common';

/** A crisis line or service (the program's list). */
export interface CrisisResource {
  name: string;
  phone?: string;
  sms?: string;
  smsBody?: string;
  url?: string;
}

/** What the author is shown at once when their words read as a crisis. */
export interface Signpost {
  crisis: true;
  resources: CrisisResource[];
}

/** `POST /api/safety/check`: draft-time signposting; nothing is stored. */
export interface SafetyCheckResult {
  crisis: boolean;
  resources: CrisisResource[];
}

export type AlertCategory = 'suicidal_ideation' | 'self_harm' | 'overdose' | 'harm_to_others';
export type AlertStatus = 'open' | 'acknowledged' | 'resolved';
export const ALERT_OUTCOMES = ['reached_out', 'contacted_emergency_services', 'no_action_needed'] as const;
export type AlertOutcome = (typeof ALERT_OUTCOMES)[number];

/** A crisis alert as staff see it (`GET /api/alerts`, `alert:new`, `alert:updated`). */
export interface AlertView {
  id: string;
  status: AlertStatus;
  categories: AlertCategory[];
  createdAt: string;
  escalateAt: string;
  escalated: boolean;
  escalatedAt: string | null;
  acknowledgedBy: PersonRef | null;
  acknowledgedAt: string | null;
  resolvedBy: PersonRef | null;
  resolvedAt: string | null;
  outcome: AlertOutcome | null;
  note: string | null;
  author: PersonRef | null;
  target: {
    type: string;
    id: string;
    cohortId: string | null;
    spaceKind: string | null;
    spaceId: string | null;
    excerpt: string;
  };
}

/** Where an alert's words are: a room at the message, or a thread (at the post). */
export interface AlertWhere {
  roomId?: string;
  messageId?: string;
  threadId?: string;
  postId?: string;
}

/** A message or post around an alert's words (the words themselves are `isTarget`). */
export interface AlertContextEntry {
  id: string;
  author: PersonRef | null;
  body: string;
  contentWarning: string | null;
  createdAt: string;
  isTarget: boolean;
}

/** The person's earlier crisis alerts and wellbeing concerns, newest first. */
export type EarlierCase =
  | {
      kind: 'alert';
      id: string;
      status: AlertStatus;
      categories: AlertCategory[];
      createdAt: string;
      outcome: AlertOutcome | null;
    }
  | {
      kind: 'concern';
      id: string;
      status: ConcernView['status'];
      categories: string[];
      createdAt: string;
      outcome: ConcernView['outcome'];
    };

/**
 * `GET /api/alerts/:id`: what opens the situation (opening it is audited). The
 * context is the five messages or posts before and after the words, in order,
 * hidden and removed ones left out.
 */
export interface AlertDetailView extends AlertView {
  cohort: { id: string; name: string } | null;
  where: AlertWhere;
  context: AlertContextEntry[];
  earlier: EarlierCase[];
  /** The person's care-team line, once it exists (the care-line feature fills it). */
  careLineRoomId?: string | null;
}
