import { Injectable, OnModuleInit } from '@nestjs/common';
import { CohortSpaces } from '../cohorts/cohort-spaces';
import { BoardsRepository } from './boards.repository';

/** Every new cohort gets its board, in the transaction that creates the cohort. */
@Injectable()
export class CohortBoard implements OnModuleInit {
  constructor(
    private readonly spaces: CohortSpaces,
    private readonly boards: BoardsRepository,
  ) {}

  onModuleInit(): void {
    this.spaces.register('board', (tx, cohort) =>
      this.boards.createCohortBoard(tx, cohort.id, `${cohort.name} board`, 'Longer conversations for your group.'),
    );
  }
}
