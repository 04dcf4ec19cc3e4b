import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsModule } from '../cohorts/cohorts.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { Board } from './board.entity';
import { BoardsController } from './boards.controller';
import { BoardsRepository } from './boards.repository';
import { BlocksModule } from '../blocks/blocks.module';
import { SafetyModule } from '../safety/safety.module';
import { UsersModule } from '../users/users.module';
import { CohortBoard } from './cohort-board';
import { MyWritingController } from './my-writing.controller';
import { ForumAccess } from './forum-access';
import { ForumSafety } from './forum-safety';
import { ForumTargets } from './forum-targets';
import { ForumsGateway } from './forums.gateway';
import { MentionsService } from './mentions.service';
import { Post } from './post.entity';
import { PostsController } from './posts.controller';
import { PostsRepository } from './posts.repository';
import { PostsService } from './posts.service';
import { SearchController } from './search.controller';
import { SearchRepository } from './search.repository';
import { SearchService } from './search.service';
import { Thread } from './thread.entity';
import { ThreadsController } from './threads.controller';
import { ThreadsRepository } from './threads.repository';
import { ThreadRepliesCache } from './thread-replies-cache';
import { ThreadsService } from './threads.service';
import { WriteLimit } from './write-limit';

@Module({
  imports: [
    TypeOrmModule.forFeature([Board, Thread, Post]),
    NotificationsModule,
    SafetyModule,
    BlocksModule,
    UsersModule,
    CohortsModule,
  ],
  controllers: [BoardsController, ThreadsController, PostsController, SearchController, MyWritingController],
  providers: [
    BoardsRepository,
    ThreadsRepository,
    PostsRepository,
    SearchRepository,
    ForumAccess,
    ThreadsService,
    ThreadRepliesCache,
    PostsService,
    SearchService,
    MentionsService,
    WriteLimit,
    ForumsGateway,
    ForumSafety,
    ForumTargets,
    CohortBoard,
  ],
})
export class ForumsModule {}
