import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';

/** The spaces every cohort has from its start: a group chat and a board. */
export type CohortSpaceKind = 'room' | 'board';

/** How a feature gives each cohort its space (see CohortSpaces). */
export interface CohortSpace {
  /** Creates a new cohort's space in the cohort's transaction; returns its id. */
  create(cohort: { id: string; name: string }, tx: Tx): Promise<string>;
  /** Each cohort's first space of this kind, by cohort id. */
  firstOf(cohortIds: string[]): Promise<Map<string, string>>;
}

/**
 * Rooms and forums register the space they give each cohort, so that cohorts,
 * which those features are built on, never import them.
 */
@Injectable()
export class CohortSpaces {
  private readonly spaces = new Map<CohortSpaceKind, CohortSpace>();

  register(kind: CohortSpaceKind, space: CohortSpace): void {
    this.spaces.set(kind, space);
  }

  async create(cohort: { id: string; name: string }, tx: Tx): Promise<Record<CohortSpaceKind, string>> {
    return { room: await this.space('room').create(cohort, tx), board: await this.space('board').create(cohort, tx) };
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
      throw new Error(`No cohort ${kind} is registered`);
    }
    return space;
  }
}
