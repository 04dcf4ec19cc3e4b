import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModerationModule } from '../moderation/moderation.module';
import { CrisisAlert } from './crisis-alert.entity';
import { CrisisPersonalDataRepository } from './crisis-personal-data.repository';
import { CrisisResourcesController } from './crisis-resources.controller';
import { CrisisController } from './crisis.controller';
import { CrisisService } from './crisis.service';

@Module({
  imports: [TypeOrmModule.forFeature([CrisisAlert]), ModerationModule],
  controllers: [CrisisController, CrisisResourcesController],
  providers: [CrisisService, CrisisPersonalDataRepository],
  exports: [CrisisService],
})
export class CrisisModule {}
