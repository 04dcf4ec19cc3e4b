import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';

/** The spaces every cohort has from its start: a group chat and a board. */
export type CohortSpaceKind = 'room' | 'board';

/** How a feature gives each cohort its space (see CohortSpaces). */
export interface CohortSpace {
  /** Opens a new cohort's space in the cohort's transaction; the space's id. */
  open(cohort: { id: string; name: string }, tx: Tx): Promise<string>;
  /** Each cohort's first space of this kind, by cohort id. */
  firstOf(cohortIds: string[]): Promise<Map<string, string>>;
}

/**
 * Rooms and forums register how they open and find a cohort's room and board,
 * so a cohort is created with both in one transaction while cohorts never
 * imports those features (as content features register with moderation's targets).
 */
@Injectable()
export class CohortSpaces {
  private readonly spaces = new Map<CohortSpaceKind, CohortSpace>();

  register(kind: CohortSpaceKind, space: CohortSpace): void {
    this.spaces.set(kind, space);
  }

  async open(cohort: { id: string; name: string }, tx: Tx): Promise<Record<CohortSpaceKind, string>> {
    return { room: await this.space('room').open(cohort, tx), board: await this.space('board').open(cohort, tx) };
  }

  async firstOf(cohortIds: string[]): Promise<Record<CohortSpaceKind, Map<string, string>>> {
    const [room, board] = await Promise.all([
      this.space('room').firstOf(cohortIds),
      this.space('board').firstOf(cohortIds),
    ]);
    return { room, board };
  }

  private space(kind: CohortSpaceKind): CohortSpace {
    const space = this.spaces.get(kind);
    if (!space) {
      throw new Error(`nothing opens a cohort's ${kind}: is its feature module imported?`);
    }
    return space;
  }
}
