import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import type { Cohort } from './cohort.entity';

/** The spaces every cohort has of its own: its group chat and its board. */
export type CohortSpace = 'room' | 'board';

/** Opens one space for a new cohort inside the cohort's transaction; the space's id. */
export type OpenSpace = (tx: Tx, cohort: Pick<Cohort, 'id' | 'name'>) => Promise<string>;

/**
 * Rooms and forums register how they open a new cohort's room and board, so a
 * cohort is created with both in one transaction while cohorts never imports
 * those features (as content features register with moderation's targets).
 */
@Injectable()
export class CohortSpaces {
  private readonly openers = new Map<CohortSpace, OpenSpace>();

  register(space: CohortSpace, open: OpenSpace): void {
    this.openers.set(space, open);
  }

  async open(tx: Tx, cohort: Pick<Cohort, 'id' | 'name'>): Promise<Record<CohortSpace, string>> {
    const room = await this.opener('room')(tx, cohort);
    const board = await this.opener('board')(tx, cohort);
    return { room, board };
  }

  private opener(space: CohortSpace): OpenSpace {
    const open = this.openers.get(space);
    if (!open) {
      throw new Error(`nothing opens a cohort's ${space}: is its feature module imported?`);
    }
    return open;
  }
}
