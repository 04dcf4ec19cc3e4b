import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortRelations } from '../access/cohort-relations';
import { Board } from '../forums/board.entity';
import { Room } from '../rooms/room.entity';
import { UsersModule } from '../users/users.module';
import { CohortMembership } from './cohort-membership.entity';
import { Cohort } from './cohort.entity';
import { CohortsController } from './cohorts.controller';
import { CohortsRepository } from './cohorts.repository';
import { CohortsService } from './cohorts.service';

@Module({
  imports: [TypeOrmModule.forFeature([Cohort, CohortMembership, Room, Board]), UsersModule],
  controllers: [CohortsController],
  providers: [CohortsService, CohortsRepository, { provide: CohortRelations, useExisting: CohortsRepository }],
  exports: [CohortsRepository, CohortRelations],
})
export class CohortsModule {}
