import { Injectable, OnModuleInit } from '@nestjs/common';
import { CohortSpaces } from '../cohorts/cohort-spaces';
import { BoardsRepository } from './boards.repository';

/** Every new cohort gets its board, in the transaction that creates the cohort (CohortSpaces). */
@Injectable()
export class CohortBoard implements OnModuleInit {
  constructor(
    private readonly spaces: CohortSpaces,
    private readonly boards: BoardsRepository,
  ) {}

  onModuleInit(): void {
    this.spaces.register('board', {
      open: (cohort, tx) =>
        this.boards.createCohortBoard(cohort.id, `${cohort.name} board`, 'Longer conversations for your group.', tx),
      firstOf: (cohortIds) => this.boards.firstForCohorts(cohortIds),
    });
  }
}
