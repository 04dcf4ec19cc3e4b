import { Injectable, OnModuleInit } from '@nestjs/common';
import { CohortSpaces } from '../cohorts/cohort-spaces';
import { RoomsRepository } from './rooms.repository';

/** Every new cohort gets its group chat, in the transaction that creates the cohort (CohortSpaces). */
@Injectable()
export class CohortRoom implements OnModuleInit {
  constructor(
    private readonly spaces: CohortSpaces,
    private readonly rooms: RoomsRepository,
  ) {}

  onModuleInit(): void {
    this.spaces.register('room', {
      open: (cohort, tx) => this.rooms.createCohortRoom(cohort.id, 'Group chat', tx),
      firstOf: (cohortIds) => this.rooms.firstForCohorts(cohortIds),
    });
  }
}
