import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BlocksModule } from '../blocks/blocks.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { SafetyModule } from '../safety/safety.module';
import { CohortRoom } from './cohort-room';
import { HistoryService } from './history.service';
import { MessageTargets } from './message-targets';
import { MessagesRepository } from './messages.repository';
import { MessagesService } from './messages.service';
import { Room } from './room.entity';
import { RoomAccess } from './room-access';
import { MessagesController, RoomsController } from './rooms.controller';
import { RoomsGateway } from './rooms.gateway';
import { RoomsRepository } from './rooms.repository';
import { RoomsService } from './rooms.service';
import { SendLimits } from './send-limits';

@Module({
  imports: [TypeOrmModule.forFeature([Room]), SafetyModule, BlocksModule, CohortsModule],
  controllers: [RoomsController, MessagesController],
  providers: [
    RoomsRepository,
    MessagesRepository,
    RoomAccess,
    RoomsService,
    MessagesService,
    HistoryService,
    SendLimits,
    RoomsGateway,
    MessageTargets,
    CohortRoom,
  ],
  exports: [RoomsRepository, MessagesRepository, RoomAccess],
})
export class RoomsModule {}
