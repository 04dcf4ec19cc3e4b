import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { SanctionsModule } from '../sanctions/sanctions.module';
import { UsersModule } from '../users/users.module';
import { Appeal } from './appeal.entity';
import { CrisisCases } from './crisis-cases';
import { AppealsController } from './appeals.controller';
import { AppealsRepository } from './appeals.repository';
import { AppealsService } from './appeals.service';
import { SignInAppealsController } from './sign-in-appeals.controller';
import { Flag } from './flag.entity';
import { ModerationController } from './moderation.controller';
import { ModerationNotices } from './moderation-notices';
import { ModerationPersonalDataRepository } from './moderation-personal-data.repository';
import { ReviewEvent } from './review-event.entity';
import { ReviewItem } from './review-item.entity';
import { ReviewViews } from './review-views';
import { ReviewRepository } from './review.repository';
import { ReportsService } from './reports.service';
import { ReviewService } from './review.service';
import { StatsRepository } from './stats.repository';
import { StatsService } from './stats.service';
import { ModerationTargets } from './targets';
import { UserTarget } from './user-target';

@Module({
  imports: [
    TypeOrmModule.forFeature([ReviewItem, Flag, ReviewEvent, Appeal]),
    SanctionsModule,
    UsersModule,
    AuthModule,
  ],
  controllers: [ModerationController, AppealsController, SignInAppealsController],
  providers: [
    ReviewService,
    ReportsService,
    ReviewRepository,
    ReviewViews,
    ModerationTargets,
    CrisisCases,
    UserTarget,
    AppealsService,
    AppealsRepository,
    ModerationNotices,
    StatsService,
    StatsRepository,
    ModerationPersonalDataRepository,
  ],
  exports: [ReviewService, ModerationTargets, CrisisCases, SanctionsModule],
})
export class ModerationModule {}
