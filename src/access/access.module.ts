import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortMembership } from '../cohorts/cohort-membership.entity';
import { AccessService } from './access.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([CohortMembership])],
  providers: [AccessService],
  exports: [AccessService],
})
export class AccessModule {}
