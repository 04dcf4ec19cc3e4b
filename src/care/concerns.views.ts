import type { ConcernOutcome, ConcernRecord, ConcernSource, ConcernStatus } from './concerns.repository';

/** A concern as the care team sees it. */
export interface ConcernView {
  id: string;
  person: { id: string; displayName: string };
  cohort: { id: string; name: string } | null;
  source: ConcernSource;
  /** The message, post or thread; null for a check-in pattern. */
  targetId: string | null;
  categories: string[];
  rule: string | null;
  details: Record<string, unknown>;
  status: ConcernStatus;
  takenBy: { id: string; displayName: string } | null;
  takenAt: string | null;
  resolvedBy: { id: string; displayName: string } | null;
  resolvedAt: string | null;
  outcome: ConcernOutcome | null;
  note: string | null;
  createdAt: string;
  /** When the admins are told if nobody has taken it. */
  adminsDueAt: string;
  adminsToldAt: string | null;
}

export function concernView(c: ConcernRecord): ConcernView {
  return {
    id: c.id,
    person: { id: c.personId, displayName: c.personName },
    cohort: c.cohortId ? { id: c.cohortId, name: c.cohortName ?? '' } : null,
    source: c.source,
    targetId: c.targetId,
    categories: c.categories,
    rule: c.rule,
    details: c.details,
    status: c.status,
    takenBy: c.takenBy,
    takenAt: c.takenAt?.toISOString() ?? null,
    resolvedBy: c.resolvedBy,
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
    outcome: c.outcome,
    note: c.note,
    createdAt: c.createdAt.toISOString(),
    adminsDueAt: c.adminsDueAt.toISOString(),
    adminsToldAt: c.adminsToldAt?.toISOString() ?? null,
  };
}
