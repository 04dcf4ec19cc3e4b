import type { AuditRecord } from '../audit/audit.service';
import type { Tx } from '../database/transactions';

/**
 * What the demo's areas share while seeding a believable week: who is who, where
 * things are, what earlier areas wrote (by key, for the later ones to refer to),
 * and the audit entries, written oldest first at the end (the log is append-only).
 */
export interface DemoWeek {
  /** The seed's present: everything is dated before it. */
  now: Date;
  /** Demo people by email (demo-data.ts). */
  people: Map<string, string>;
  /** By DEMO_COHORTS index. */
  cohortIds: string[];
  roomIds: string[];
  /** Each cohort's board by DEMO_COHORTS index; the shared boards by scope. */
  cohortBoards: string[];
  boards: Map<'alumni' | 'community' | 'staff', string>;
  /** Threads and posts written so far, by their key in the area's data. */
  written: Map<string, DemoWritten>;
  audit: (AuditRecord & { at: Date })[];
}

/** A thread or reply of the demo week: where it is and when it was written. */
export interface DemoWritten {
  type: 'thread' | 'post';
  id: string;
  threadId: string;
  /** A DEMO_COHORTS index, or null on a shared board. */
  cohort: number | null;
  at: Date;
}

/** One area's part of the demo week (forums, moderation, crisis, care …), run in the seed's transaction, in order. */
export interface DemoArea {
  seedWeek(week: DemoWeek, tx: Tx): Promise<void>;
}

/** When something happened: days, hours and minutes before the seed's present. */
export type Ago = readonly [days: number, hours?: number, minutes?: number];

/** A moment of the past week, never in the future. */
export function ago(week: Pick<DemoWeek, 'now'>, [days, hours = 0, minutes = 0]: Ago): Date {
  return new Date(week.now.getTime() - ((days * 24 + hours) * 60 + minutes) * 60_000);
}

export function personId(week: DemoWeek, email: string): string {
  const id = week.people.get(email);
  if (!id) {
    throw new Error(`demo week: no demo person ${email}`);
  }
  return id;
}

export function written(week: DemoWeek, key: string): DemoWritten {
  const found = week.written.get(key);
  if (!found) {
    throw new Error(`demo week: nothing written as ${key}`);
  }
  return found;
}
