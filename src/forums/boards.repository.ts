import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { VisibleSpaces } from '../access/access.service';
import type { Tx } from '../database/transactions';
import { Board } from './board.entity';
import type { BoardView } from '../contract';

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

interface BoardRow {
  id: string;
  scope: Board['scope'];
  name: string;
  description: string;
  cohort_id: string | null;
  thread_count: number;
  last_activity_at: Date | null;
}

@Injectable()
export class BoardsRepository {
  constructor(private readonly db: DataSource) {}

  /** A cohort's own board; its id. */
  async createCohortBoard(cohortId: string, name: string, description: string, tx: Tx): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO boards (scope, name, description, cohort_id) VALUES ('cohort', $2, $3, $1) RETURNING id`,
      [cohortId, name, description],
    );
    return row.id;
  }

  /** Each cohort's first board, by cohort id. */
  async firstForCohorts(cohortIds: string[]): Promise<Map<string, string>> {
    const rows: { cohort_id: string; id: string }[] = await this.db.query(
      `SELECT DISTINCT ON (cohort_id) cohort_id, id FROM boards WHERE cohort_id = ANY($1::uuid[]) ORDER BY cohort_id, created_at`,
      [cohortIds],
    );
    return new Map(rows.map((r) => [r.cohort_id, r.id]));
  }

  findById(id: string): Promise<Board | null> {
    return this.db.getRepository(Board).findOneBy({ id });
  }

  /** Boards the caller may read, cohort boards first, with counts of threads they may see. */
  async listReadable(spaces: VisibleSpaces, viewerId: string, seesAll: boolean, onlyId?: string): Promise<BoardView[]> {
    const rows: BoardRow[] = await this.db.query(
      `SELECT b.id, b.scope, b.name, b.description, b.cohort_id,
              coalesce(stats.thread_count, 0)::int AS thread_count, stats.last_activity_at
         FROM boards b
         LEFT JOIN LATERAL (
           SELECT count(*) AS thread_count, max(t.last_activity_at) AS last_activity_at
             FROM threads t WHERE t.board_id = b.id AND ${listableContentSql('t', 3, 4)}
         ) stats ON true
        WHERE ${readableBoardSql('b', 1, 2)} AND ($5::uuid IS NULL OR b.id = $5::uuid)
        ORDER BY array_position(ARRAY['cohort', 'community', 'alumni', 'staff'], b.scope), b.created_at, b.id`,
      [...readableBoardParams(spaces), seesAll, viewerId, onlyId ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      scope: r.scope,
      name: r.name,
      description: r.description,
      cohortId: r.cohort_id,
      threadCount: r.thread_count,
      lastActivityAt: r.last_activity_at?.toISOString() ?? null,
    }));
  }
}
