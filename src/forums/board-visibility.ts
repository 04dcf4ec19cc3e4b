import type { VisibleSpaces } from '../access/access.service';

/**
 * The SQL condition "board `alias` is one the caller may read", built from
 * AccessService.visibleSpaces so that list and search queries cannot leak
 * another cohort's or the staff's boards even if a check elsewhere is forgotten.
 * `$c` is uuid[] (null = every cohort), `$k` text[] of non-cohort scopes.
 */
export function readableBoardSql(alias: string, c: number, k: number): string {
  return `((${alias}.scope = 'cohort' AND ($${c}::uuid[] IS NULL OR ${alias}.cohort_id = ANY($${c}::uuid[])))
        OR (${alias}.scope <> 'cohort' AND ${alias}.scope = ANY($${k}::text[])))`;
}

export function readableBoardParams(spaces: VisibleSpaces): [string[] | null, string[]] {
  return [spaces.cohortIds === 'all' ? null : spaces.cohortIds, spaces.kinds.filter((kind) => kind !== 'cohort')];
}

/**
 * "Content row `alias` may be listed for this viewer": visible to all, pending
 * to its author, anything to staff who moderate (`$s` boolean, `$u` viewer id).
 */
export function listableContentSql(alias: string, s: number, u: number): string {
  return `($${s}::boolean OR ${alias}.status = 'visible' OR (${alias}.status = 'pending' AND ${alias}.author_id = $${u}::uuid))`;
}
