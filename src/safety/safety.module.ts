import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CareModule } from '../care/care.module';
import { CrisisModule } from '../crisis/crisis.module';
import { ModerationModule } from '../moderation/moderation.module';
import type { Env } from '../config/env';
import { ContentSafetyService } from './content-safety.service';
import { SafetyController } from './safety.controller';
import { defaultScreeningThreads, ScreeningPool } from './screening-pool';
import { WatchedWord } from './watched-word.entity';
import { WatchedWordsRepository } from './watched-words.repository';
import { WatchedWordsService } from './watched-words.service';

/** The content pipeline every message and post passes through, and its admin. */
@Module({
  imports: [TypeOrmModule.forFeature([WatchedWord]), ModerationModule, CrisisModule, CareModule],
  controllers: [SafetyController],
  providers: [
    ContentSafetyService,
    WatchedWordsService,
    WatchedWordsRepository,
    {
      provide: ScreeningPool,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Env, true>) =>
        new ScreeningPool(config.get('SCREENING_THREADS', { infer: true }) ?? defaultScreeningThreads()),
    },
  ],
  exports: [ContentSafetyService, ModerationModule, CrisisModule],
})
export class SafetyModule {}
