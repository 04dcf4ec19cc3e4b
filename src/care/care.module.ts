import { Module } from '@nestjs/common';
import { CareTeamRepository } from './care-team.repository';
import { CareTeamService } from './care-team.service';
import { ConcernsController } from './concerns.controller';
import { ConcernsRepository } from './concerns.repository';
import { ConcernsService } from './concerns.service';

/** The care team around each person: who they are, and the wellbeing concerns they follow up. */
@Module({
  controllers: [ConcernsController],
  providers: [CareTeamRepository, CareTeamService, ConcernsRepository, ConcernsService],
  exports: [CareTeamService, ConcernsService],
})
export class CareModule {}
