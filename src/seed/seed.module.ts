import { Module } from '@nestjs/common';
import { CareModule } from '../care/care.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ConsentModule } from '../consent/consent.module';
import { CrisisModule } from '../crisis/crisis.module';
import { PostsRepository } from '../forums/posts.repository';
import { ThreadsRepository } from '../forums/threads.repository';
import { ModerationModule } from '../moderation/moderation.module';
import { AppealsRepository } from '../moderation/appeals.repository';
import { ReviewRepository } from '../moderation/review.repository';
import { RoomsModule } from '../rooms/rooms.module';
import { WatchedWordsRepository } from '../safety/watched-words.repository';
import { UsersModule } from '../users/users.module';
import { CareDemo } from './care.seed';
import { CrisisDemo } from './crisis.seed';
import { DemoWeekRepository } from './demo-week.repository';
import { ForumsDemo } from './forums.seed';
import { ModerationDemo } from './moderation.seed';
import { RoomsDemo } from './rooms.seed';
import { SafetyDemo } from './safety.seed';
import { SeedService } from './seed.service';

@Module({
  imports: [UsersModule, CohortsModule, ConsentModule, RoomsModule, ModerationModule, CrisisModule, CareModule],
  providers: [
    SeedService,
    DemoWeekRepository,
    // Stateless repositories their modules keep to themselves: the demo week writes through them too.
    ThreadsRepository,
    PostsRepository,
    ReviewRepository,
    AppealsRepository,
    WatchedWordsRepository,
    ForumsDemo,
    ModerationDemo,
    CrisisDemo,
    CareDemo,
    RoomsDemo,
    SafetyDemo,
  ],
})
export class SeedModule {}
