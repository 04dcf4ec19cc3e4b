import type { ConcernView } from '../contract';
import type { ConcernRecord } from './concerns.repository';

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
