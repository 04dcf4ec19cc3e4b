import { Injectable, OnModuleInit } from '@nestjs/common';
import { CohortSpaces } from '../cohorts/cohort-spaces';
import { RoomsRepository } from './rooms.repository';

/** Every cohort's group chat, created with the cohort (see CohortSpaces). */
@Injectable()
export class CohortRoom implements OnModuleInit {
  constructor(
    private readonly spaces: CohortSpaces,
    private readonly rooms: RoomsRepository,
  ) {}

  onModuleInit(): void {
    this.spaces.register('room', {
      create: (cohort, tx) => this.rooms.createForCohort(cohort.id, tx),
      firstOf: (cohortIds) => this.rooms.firstForCohorts(cohortIds),
    });
  }
}
