import { Module } from '@nestjs/common';
import { CareModule } from '../care/care.module';
import { SafetyModule } from '../safety/safety.module';
import { CheckinsController } from './checkins.controller';
import { CheckinsDemo } from './checkins-demo';
import { CheckinsRepository } from './checkins.repository';
import { CheckinsService } from './checkins.service';

/** Daily check-ins: the member's ten seconds, the cohort's sense of each other, the care team's trends. */
@Module({
  imports: [CareModule, SafetyModule],
  controllers: [CheckinsController],
  providers: [CheckinsService, CheckinsRepository, CheckinsDemo],
  exports: [CheckinsDemo],
})
export class CheckinsModule {}
