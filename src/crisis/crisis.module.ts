import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CareModule } from '../care/care.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ModerationModule } from '../moderation/moderation.module';
import { UsersModule } from '../users/users.module';
import { CrisisAlert } from './crisis-alert.entity';
import { CrisisAlertsRepository } from './crisis-alerts.repository';
import { CrisisPersonalDataRepository } from './crisis-personal-data.repository';
import { CrisisResourcesController } from './crisis-resources.controller';
import { CrisisController } from './crisis.controller';
import { CrisisService } from './crisis.service';

@Module({
  imports: [TypeOrmModule.forFeature([CrisisAlert]), ModerationModule, UsersModule, CareModule, CohortsModule],
  controllers: [CrisisController, CrisisResourcesController],
  providers: [CrisisService, CrisisAlertsRepository, CrisisPersonalDataRepository],
  exports: [CrisisService],
})
export class CrisisModule {}
