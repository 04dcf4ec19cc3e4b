import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortRelations } from '../access/cohort-relations';
import { UsersModule } from '../users/users.module';
import { CohortMembership } from './cohort-membership.entity';
import { CohortSpaces } from './cohort-spaces';
import { Cohort } from './cohort.entity';
import { CohortsController } from './cohorts.controller';
import { CohortsRepository } from './cohorts.repository';
import { CohortsService } from './cohorts.service';

@Module({
  imports: [TypeOrmModule.forFeature([Cohort, CohortMembership]), UsersModule],
  controllers: [CohortsController],
  providers: [
    CohortsService,
    CohortsRepository,
    CohortSpaces,
    { provide: CohortRelations, useExisting: CohortsRepository },
  ],
  exports: [CohortsService, CohortsRepository, CohortSpaces, CohortRelations],
})
export class CohortsModule {}
