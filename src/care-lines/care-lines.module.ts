import { Module } from '@nestjs/common';
import { CareModule } from '../care/care.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RoomsModule } from '../rooms/rooms.module';
import { SettingsModule } from '../settings/settings.module';
import { CareLinesController } from './care-lines.controller';
import { CareLinesRepository } from './care-lines.repository';
import { CareLinesService } from './care-lines.service';

/** Care-team lines: one private room per member with their care team (issue 17). */
@Module({
  imports: [RoomsModule, CareModule, NotificationsModule, SettingsModule],
  controllers: [CareLinesController],
  providers: [CareLinesRepository, CareLinesService],
  exports: [CareLinesRepository],
})
export class CareLinesModule {}
