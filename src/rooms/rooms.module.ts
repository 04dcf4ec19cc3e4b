import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BlocksModule } from '../blocks/blocks.module';
import { SafetyModule } from '../safety/safety.module';
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
  imports: [TypeOrmModule.forFeature([Room]), SafetyModule, BlocksModule],
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
  ],
  exports: [MessagesRepository],
})
export class RoomsModule {}
