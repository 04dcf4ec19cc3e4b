import { Injectable, OnModuleInit } from '@nestjs/common';
import { CohortSpaces } from '../cohorts/cohort-spaces';
import { BoardsRepository } from './boards.repository';

/** Every cohort's board, created with the cohort (see CohortSpaces). */
@Injectable()
export class CohortBoard implements OnModuleInit {
  constructor(
    private readonly spaces: CohortSpaces,
    private readonly boards: BoardsRepository,
  ) {}

  onModuleInit(): void {
    this.spaces.register('board', {
      create: (cohort, tx) => this.boards.createForCohort(cohort, tx),
      firstOf: (cohortIds) => this.boards.firstForCohorts(cohortIds),
    });
  }
}
