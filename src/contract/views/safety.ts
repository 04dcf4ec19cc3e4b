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

/**
 * How much the words say about the writer's own risk now. `urgent`: a life at risk,
 * the on-duty clinician is paged. `concern`: a wellbeing signal, the person's care team
 * follows it up (not a page). `none`: nothing about the writer.
 */
export const CRISIS_LEVELS = ['urgent', 'concern', 'none'] as const;
export type CrisisLevel = (typeof CRISIS_LEVELS)[number];

/**
 * The help the author is shown at once after writing (in a write's answer and the
 * `crisis:resources` event): present when the words are about the writer's risk
 * (`level` urgent or concern) or about someone else's (`someoneElse`: how to help a friend).
 */
export interface Signpost {
  /** Always `level === 'urgent'`. */
  crisis: boolean;
  level: CrisisLevel;
  /** The words are about another person at risk: the author may want to know how to help them. */
  someoneElse: boolean;
  /** The program's crisis resources (admin settings). */
  resources: CrisisResource[];
}

/** `crisis:resources`: the author's help, to every device of theirs, with what it was written in. */
export interface CrisisResourcesEvent extends Signpost {
  targetType: 'message' | 'post' | 'thread';
  targetId: string;
}

/**
 * `POST /api/safety/check`: draft-time signposting; nothing is stored. `resources` are
 * the program's when there is help to show (any level, or someone else), else empty.
 */
export interface SafetyCheckResult {
  /** Always `level === 'urgent'`. */
  crisis: boolean;
  level: CrisisLevel;
  someoneElse: boolean;
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
