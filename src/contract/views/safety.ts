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
