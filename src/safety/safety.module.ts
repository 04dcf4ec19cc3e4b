import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CrisisModule } from '../crisis/crisis.module';
import { ModerationModule } from '../moderation/moderation.module';
import { ContentSafetyService } from './content-safety.service';
import { SafetyController } from './safety.controller';
import { WatchedWord } from './watched-word.entity';
import { WatchedWordsService } from './watched-words.service';

/** The content pipeline every message and post passes through, and its admin. */
@Module({
  imports: [TypeOrmModule.forFeature([WatchedWord]), ModerationModule, CrisisModule],
  controllers: [SafetyController],
  providers: [ContentSafetyService, WatchedWordsService],
  exports: [ContentSafetyService, ModerationModule, CrisisModule],
})
export class SafetyModule {}
